import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';

import { openPlatform } from '../../transport/componentAuth';
import type { TransportOptions } from '../../transport/transportOptions';
import { forEachItem } from '../forEachItem';
import { authorizerAppIdField } from './fields';

export const description = updateDisplayOptions(
	{ show: { resource: ['thirdPartyPlatform'], operation: ['forgetAuthorizer'] } },
	[authorizerAppIdField('={{ $json.AuthorizerAppid }}')],
);

/** After an "unauthorized" event: the merchant's refresh token and tokens are deleted. */
export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	transport: TransportOptions,
): Promise<INodeExecutionData[]> {
	const platform = await openPlatform(this, transport);
	return await forEachItem(this, items, async (itemIndex) => {
		const authorizerAppId = String(this.getNodeParameter('authorizerAppId', itemIndex, '')).trim();
		if (!authorizerAppId) throw new Error('The Authorizer App ID is empty');
		await platform.secrets.store.forget(authorizerAppId);
		platform.chain.forgetInMemory(authorizerAppId);
		return { authorizerAppId, forgotten: true };
	});
}
