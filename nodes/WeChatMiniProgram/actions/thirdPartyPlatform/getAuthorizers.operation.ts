import { allAuthorizers } from '../../../protocol/wechat/component/authorizers';
import { openPlatform } from '../../platformState/componentAuth';
import { getAuthorizerListPage } from '../../transport/componentApi/thirdPartyPlatform';
import { allItemsOperation } from '../operation';
import { maxResultsOf, returnAllByDefaultFields } from '../returnAllFields';

/** The merchants that authorized the platform, one item each (500 a call, up to the Limit). */
export const { description, execute } = allItemsOperation({
	resource: 'thirdPartyPlatform',
	operation: 'getAuthorizers',
	properties: returnAllByDefaultFields,
	async execute(_items, transport) {
		const platform = await openPlatform(this, transport);
		const authorizers = await allAuthorizers(
			async (offset, count) => await getAuthorizerListPage(platform, offset, count),
			maxResultsOf(this, 0),
		);
		return authorizers.map((authorizer) => ({ json: { ...authorizer }, pairedItem: { item: 0 } }));
	},
});
