import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';

import { withoutAuthorizerSecrets } from '../../../protocol/wechat/component/authorizers';
import { getAuthorizerInfo } from '../../transport/componentApi/thirdPartyPlatform';
import type { TransportOptions } from '../../transport/transportOptions';
import { authorizerAppIdField } from './fields';
import { authorizerAppIdAt, forEachPlatformItem } from './platformItems';

export const description = updateDisplayOptions(
	{ show: { resource: ['thirdPartyPlatform'], operation: ['getAuthorizerInfo'] } },
	[authorizerAppIdField('={{ $json.authorizerAppId }}')],
);

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	transport: TransportOptions,
): Promise<INodeExecutionData[]> {
	return await forEachPlatformItem(this, items, transport, async (platform, itemIndex) => {
		const authorizerAppId = authorizerAppIdAt(this, itemIndex);
		const answer = await getAuthorizerInfo(platform, authorizerAppId);
		return { authorizerAppId, ...withoutAuthorizerSecrets(answer) };
	});
}
