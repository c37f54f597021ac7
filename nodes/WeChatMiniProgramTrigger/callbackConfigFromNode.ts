import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';

import type { BodyFormatSetting } from '../protocol/wechat/callback/callbackBody';
import {
	type CallbackConfig,
	DEFAULT_MAX_BODY_BYTES,
	DEFAULT_REPLAY_WINDOW_SECONDS,
	type EncryptionMode,
} from '../protocol/wechat/callback/callbackConfig';

export async function callbackConfigFromNode(context: IWebhookFunctions): Promise<CallbackConfig> {
	const credentials = await context.getCredentials('weChatMiniProgramApi');
	const options = context.getNodeParameter('options', {}) as IDataObject;
	const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
	// A third-party platform receives messages encrypted for its component app, not the merchant's.
	const appIds = [text(credentials.appId), text(credentials.componentAppId)].filter(Boolean);
	return {
		token: text(credentials.token),
		encodingAESKey: text(credentials.encodingAESKey),
		appIds,
		mode: context.getNodeParameter('encryptionMode', 'safe') as EncryptionMode,
		bodyFormat: context.getNodeParameter('bodyFormat', 'auto') as BodyFormatSetting,
		replayWindowSeconds: numberOption(options.replayWindowSeconds, DEFAULT_REPLAY_WINDOW_SECONDS),
		maxBodyBytes: numberOption(options.maxBodySize, DEFAULT_MAX_BODY_BYTES),
	};
}

function numberOption(value: unknown, fallback: number): number {
	return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
}
