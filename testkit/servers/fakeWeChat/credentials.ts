import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import type { FakeWeChatServer } from './server';

/** Credential data pointing the nodes at the fake server (in this process or another one). */
export function weChatCredentials(
	server: Pick<FakeWeChatServer, 'url' | 'appId' | 'appSecret'>,
	extra: ICredentialDataDecryptedObject = {},
): { weChatMiniProgramApi: ICredentialDataDecryptedObject } {
	return {
		weChatMiniProgramApi: {
			authMode: 'appSecret',
			appId: server.appId,
			appSecret: server.appSecret,
			apiDomain: 'custom',
			customBaseUrl: server.url,
			token: 'push-token-secret',
			encodingAESKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
			...extra,
		},
	};
}

/** Every secret a run could leak, to assert that none of them shows anywhere. */
export function secretsOf(server: FakeWeChatServer): string[] {
	return [
		server.appSecret,
		server.currentToken,
		'push-token-secret',
		'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
		...server.authorizerTokens.values(),
	];
}
