import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';

import type { TransportOptions } from '../../transport/transportOptions';
import { authorizerAppIdField } from './fields';
import { authorizerAppIdAt, forEachPlatformItem } from './platformItems';

export const description = updateDisplayOptions(
	{ show: { resource: ['thirdPartyPlatform'], operation: ['forgetAuthorizer'] } },
	[authorizerAppIdField('={{ $json.AuthorizerAppid }}')],
);

/**
 * After an "unauthorized" event: the merchant's refresh token and tokens are deleted, and its
 * generation is replaced, so a copy of an old row put back into the Data Table does not open.
 */
export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	transport: TransportOptions,
): Promise<INodeExecutionData[]> {
	return await forEachPlatformItem(this, items, transport, async (platform, itemIndex) => {
		const authorizerAppId = authorizerAppIdAt(this, itemIndex);
		await platform.secrets.forget(authorizerAppId);
		platform.chain.forgetInMemory(authorizerAppId);
		return { authorizerAppId, forgotten: true };
	});
}
