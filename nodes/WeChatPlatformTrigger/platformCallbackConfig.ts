import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';

import {
	type CallbackConfig,
	DEFAULT_MAX_BODY_BYTES,
	DEFAULT_REPLAY_WINDOW_SECONDS,
} from '../protocol/wechat/callback/callbackConfig';
import { SecretSealer } from '../protocol/wechat/component/sealedSecrets';

/**
 * Both URLs of a platform are encrypted with the platform's Token and EncodingAESKey, and the
 * appid inside every ciphertext is the component App ID (for every merchant alike).
 */
export async function platformCallbackConfig(
	context: IWebhookFunctions,
): Promise<{ config: CallbackConfig; sealer: SecretSealer }> {
	const credentials = await context.getCredentials('weChatPlatformApi');
	const options = context.getNodeParameter('options', {}) as IDataObject;
	const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
	const componentAppId = text(credentials.componentAppId);
	return {
		config: {
			token: text(credentials.token),
			encodingAESKey: text(credentials.encodingAESKey),
			appIds: componentAppId ? [componentAppId] : [],
			mode: 'safe',
			bodyFormat: 'auto',
			replayWindowSeconds: numberOption(options.replayWindowSeconds, DEFAULT_REPLAY_WINDOW_SECONDS),
			maxBodyBytes: numberOption(options.maxBodySize, DEFAULT_MAX_BODY_BYTES),
		},
		sealer: new SecretSealer(componentAppId, text(credentials.componentAppSecret)),
	};
}

function numberOption(value: unknown, fallback: number): number {
	return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
}
