import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import type { FakeTencentChat } from '../fakeTencentChat';

/** Credential data pointing the nodes at the local Tencent Cloud Chat as its administrator. */
export function tencentChatCredentials(
	server: Pick<FakeTencentChat, 'url' | 'sdkAppId' | 'secretKey'>,
): { tencentChatApi: ICredentialDataDecryptedObject } {
	return {
		tencentChatApi: {
			sdkAppId: server.sdkAppId,
			secretKey: server.secretKey,
			adminIdentifier: 'administrator',
			region: 'custom',
			customBaseUrl: server.url,
		},
	};
}
