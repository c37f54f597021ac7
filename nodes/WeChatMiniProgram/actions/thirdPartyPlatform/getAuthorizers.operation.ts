import { updateDisplayOptions } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { allAuthorizers } from '../../../protocol/wechat/component/authorizers';
import { openPlatform } from '../../platformState/componentAuth';
import type { TransportOptions } from '../../transport/transportOptions';
import { getAuthorizerListPage } from '../../transport/componentApi/thirdPartyPlatform';
import { maxResultsOf, returnAllByDefaultFields } from '../returnAllFields';

export const description = updateDisplayOptions(
	{ show: { resource: ['thirdPartyPlatform'], operation: ['getAuthorizers'] } },
	returnAllByDefaultFields,
);

/** The merchants that authorized the platform, one item each (500 a call, up to the Limit). */
export async function execute(
	this: IExecuteFunctions,
	_items: INodeExecutionData[],
	transport: TransportOptions,
): Promise<INodeExecutionData[]> {
	const platform = await openPlatform(this, transport);
	const authorizers = await allAuthorizers(
		async (offset, count) => await getAuthorizerListPage(platform, offset, count),
		maxResultsOf(this, 0),
	);
	return authorizers.map((authorizer) => ({ json: { ...authorizer }, pairedItem: { item: 0 } }));
}
