import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';

import type { TencentCallbackConfig } from '../protocol/tencent/callback/callbackConfig';
import { commonOptionValues } from '../triggerCommon/commonOptions';

/** Reads the Tencent Cloud Chat credential: only SDKAppID and Callback Token; the Secret Key is not needed. */
export async function tencentCallbackConfigFromNode(
	context: IWebhookFunctions,
): Promise<TencentCallbackConfig> {
	const credentials = await context.getCredentials('tencentChatApi');
	const sdkAppId = credentials.sdkAppId;
	return {
		sdkAppId:
			typeof sdkAppId === 'number' || typeof sdkAppId === 'string' ? String(sdkAppId).trim() : '',
		callbackToken:
			typeof credentials.callbackToken === 'string' ? credentials.callbackToken.trim() : '',
		...commonOptionValues(context.getNodeParameter('options', {}) as IDataObject),
	};
}
