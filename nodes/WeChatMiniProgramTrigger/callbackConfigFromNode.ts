import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';

import type { BodyFormatSetting } from '../protocol/wechat/callback/callbackBody';
import type { CallbackConfig, EncryptionMode } from '../protocol/wechat/callback/callbackConfig';
import { commonOptionValues } from '../triggerCommon/commonOptions';

export async function callbackConfigFromNode(context: IWebhookFunctions): Promise<CallbackConfig> {
	const credentials = await context.getCredentials('weChatMiniProgramApi');
	const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
	// A third-party platform receives messages encrypted for its component app, not the merchant's.
	const appIds = [text(credentials.appId), text(credentials.componentAppId)].filter(Boolean);
	const options = context.getNodeParameter('options', {}) as IDataObject;
	return {
		token: text(credentials.token),
		encodingAESKey: text(credentials.encodingAESKey),
		appIds,
		mode: context.getNodeParameter('encryptionMode', 'safe') as EncryptionMode,
		bodyFormat: context.getNodeParameter('bodyFormat', 'auto') as BodyFormatSetting,
		...commonOptionValues(options),
		expectedOriginalId: text(options.expectedOriginalId),
	};
}
