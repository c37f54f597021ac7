import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';

import { withoutAuthorizerSecrets } from '../../../protocol/wechat/component/authorizers';
import { openPlatform } from '../../transport/componentAuth';
import type { TransportOptions } from '../../transport/transportOptions';
import { forEachItem } from '../forEachItem';
import { authorizerAppIdField } from './fields';

export const description = updateDisplayOptions(
	{ show: { resource: ['thirdPartyPlatform'], operation: ['getAuthorizerInfo'] } },
	[authorizerAppIdField('={{ $json.authorizerAppId }}')],
);

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	transport: TransportOptions,
): Promise<INodeExecutionData[]> {
	const platform = await openPlatform(this, transport);
	return await forEachItem(this, items, async (itemIndex) => {
		const authorizerAppId = String(this.getNodeParameter('authorizerAppId', itemIndex, '')).trim();
		if (!authorizerAppId) throw new Error('The Authorizer App ID is empty');
		const answer = await platform.callComponent('/cgi-bin/component/api_get_authorizer_info', {
			component_appid: platform.componentAppId,
			authorizer_appid: authorizerAppId,
		});
		return { authorizerAppId, ...withoutAuthorizerSecrets(answer) };
	});
}
