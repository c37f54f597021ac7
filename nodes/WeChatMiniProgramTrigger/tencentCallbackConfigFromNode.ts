import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';

import type { TencentCallbackConfig } from '../protocol/tencent/callback/callbackConfig';
import {
	DEFAULT_MAX_BODY_BYTES,
	DEFAULT_REPLAY_WINDOW_SECONDS,
} from '../protocol/wechat/callback/callbackConfig';

/** Reads the Tencent Cloud Chat credential: only SDKAppID and Callback Token; the Secret Key is not needed. */
export async function tencentCallbackConfigFromNode(
	context: IWebhookFunctions,
): Promise<TencentCallbackConfig> {
	const credentials = await context.getCredentials('tencentChatApi');
	const options = context.getNodeParameter('options', {}) as IDataObject;
	const sdkAppId = credentials.sdkAppId;
	return {
		sdkAppId:
			typeof sdkAppId === 'number' || typeof sdkAppId === 'string' ? String(sdkAppId).trim() : '',
		callbackToken:
			typeof credentials.callbackToken === 'string' ? credentials.callbackToken.trim() : '',
		replayWindowSeconds: numberOption(options.replayWindowSeconds, DEFAULT_REPLAY_WINDOW_SECONDS),
		maxBodyBytes: numberOption(options.maxBodySize, DEFAULT_MAX_BODY_BYTES),
	};
}

function numberOption(value: unknown, fallback: number): number {
	return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
}
