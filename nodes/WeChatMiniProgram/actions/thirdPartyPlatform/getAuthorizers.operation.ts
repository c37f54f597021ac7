import { allAuthorizers } from '../../../protocol/wechat/component/authorizers';
import { openPlatform } from '../../platformState/componentAuth';
import { getAuthorizerListPage } from '../../transport/componentApi/thirdPartyPlatform';
import { operationFields } from '../operation';
import type { OperationExecutor } from '../operation';
import { maxResultsOf, returnAllByDefaultFields } from '../returnAllFields';

export const description = operationFields(
	'thirdPartyPlatform',
	'getAuthorizers',
	returnAllByDefaultFields,
);

/** The merchants that authorized the platform, one item each (500 a call, up to the Limit). */
export const execute: OperationExecutor = async function (_items, transport) {
	const platform = await openPlatform(this, transport);
	const authorizers = await allAuthorizers(
		async (offset, count) => await getAuthorizerListPage(platform, offset, count),
		maxResultsOf(this, 0),
	);
	return authorizers.map((authorizer) => ({ json: { ...authorizer }, pairedItem: { item: 0 } }));
};
