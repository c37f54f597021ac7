/**
 * The package's three credentials as n8n imports them (`n8n import:credentials`) or the REST API
 * takes them, pointed at local stand-ins (testkit/servers/), and the demo's set of them.
 */
import type { DemoEndpoints } from './demoStandIns';

export interface CredentialFixture {
	id?: string;
	name: string;
	type: string;
	data: Record<string, unknown>;
}

/** How a workflow's node refers to a credential. */
export type CredentialRef = { id: string; name: string };

type Named = { id?: string; name: string };

/** App Secret mode on a local WeChat, with the trigger's Message Push settings. */
export function weChatMiniProgramCredential(
	named: Named,
	weChat: { url: string; appId: string; appSecret: string },
	push: { token: string; encodingAESKey: string },
): CredentialFixture {
	return {
		...named,
		type: 'weChatMiniProgramApi',
		data: {
			authMode: 'appSecret',
			appId: weChat.appId,
			appSecret: weChat.appSecret,
			apiDomain: 'custom',
			customBaseUrl: weChat.url,
			...push,
		},
	};
}

/** A local Tencent Cloud Chat; `callbackToken` for the trigger's signed callbacks. */
export function tencentChatCredential(
	named: Named,
	tencent: { url: string; sdkAppId: number | string; secretKey: string },
	callbackToken?: string,
): CredentialFixture {
	return {
		...named,
		type: 'tencentChatApi',
		data: {
			// A number, as the credential's SDKAppID field is (the editor refuses a string there).
			sdkAppId: Number(tencent.sdkAppId),
			secretKey: tencent.secretKey,
			adminIdentifier: 'administrator',
			region: 'custom',
			customBaseUrl: tencent.url,
			...(callbackToken === undefined ? {} : { callbackToken }),
		},
	};
}

/** The Third-Party Platform on a local WeChat; its n8n API key comes later (apiKeys.ts). */
export function weChatPlatformCredential(
	named: Named,
	platform: DemoEndpoints['platform'],
	weChatUrl: string,
	n8nApi?: { n8nApiKey: string; n8nApiUrl: string },
): CredentialFixture {
	return {
		...named,
		type: 'weChatPlatformApi',
		data: { ...platform, apiDomain: 'custom', customBaseUrl: weChatUrl, ...n8nApi },
	};
}

/** The Message Push settings of the demo's WeChat credential (demo values, no one's secrets). */
export const DEMO_PUSH_SECRETS = {
	token: 'demo-push-token',
	encodingAESKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
};

export type DemoCredential = CredentialFixture & { id: string };

/** The demo's credentials (the example workflows name these ids), on the demo stand-ins. */
export function demoCredentials({ weChat, tencent, platform }: DemoEndpoints): DemoCredential[] {
	return [
		weChatMiniProgramCredential(
			{ id: 'demoWeChatCred01', name: 'WeChat Mini Program (local demo)' },
			weChat,
			DEMO_PUSH_SECRETS,
		),
		weChatPlatformCredential(
			{ id: 'demoPlatformCred', name: 'WeChat Third-Party Platform (local demo)' },
			platform,
			weChat.url,
		),
		tencentChatCredential(
			{ id: 'demoTencentCred1', name: 'Tencent Cloud Chat (local demo)' },
			tencent,
		),
	] as DemoCredential[];
}

/** The credential of `type` among `credentials`. */
export function credentialOfType<T extends CredentialFixture>(credentials: T[], type: string): T {
	const found = credentials.find((credential) => credential.type === type);
	if (!found)
		throw new Error(`no ${type} credential among ${credentials.map((c) => c.type).join(', ')}`);
	return found;
}

/** How a node refers to the credential of `type`. */
export function refTo(credentials: DemoCredential[], type: string): CredentialRef {
	const { id, name } = credentialOfType(credentials, type);
	return { id, name };
}
