import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';

import type { CallbackConfig } from '../protocol/wechat/callback/callbackConfig';
import { SecretSealer } from '../protocol/wechat/component/sealedSecrets';
import { commonOptionValues } from '../triggerCommon/commonOptions';

/**
 * Both URLs of a platform are encrypted with the platform's Token and EncodingAESKey, and the
 * appid inside every ciphertext is the component App ID (for every merchant alike).
 */
export async function platformCallbackConfig(
	context: IWebhookFunctions,
): Promise<{ config: CallbackConfig; sealer: SecretSealer }> {
	const credentials = await context.getCredentials('weChatPlatformApi');
	const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
	const componentAppId = text(credentials.componentAppId);
	return {
		config: {
			token: text(credentials.token),
			encodingAESKey: text(credentials.encodingAESKey),
			appIds: componentAppId ? [componentAppId] : [],
			mode: 'safe',
			bodyFormat: 'auto',
			...commonOptionValues(context.getNodeParameter('options', {}) as IDataObject),
		},
		sealer: new SecretSealer(componentAppId, text(credentials.componentAppSecret)),
	};
}
