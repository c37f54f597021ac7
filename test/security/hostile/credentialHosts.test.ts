import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { TencentChatApi } from '../../../credentials/TencentChatApi.credentials';
import { registerCredentialType } from '../../../testkit/engine/credentialsStore';
import { httpRequestNode, httpRequestNodeTypes } from '../../../testkit/engine/httpRequestNode';
import { runWorkflow } from '../../../testkit/engine/runWorkflow';
import { FakeTencentChat } from '../../../testkit/servers/fakeTencentChat';
import { weChatCredentials } from '../../../testkit/servers/fakeWeChat/credentials';
import { FakeWeChatServer } from '../../../testkit/servers/fakeWeChat/server';
import { chatCredentials } from '../../actions/chatOfficialAccount/chatOfficialAccountHarness';

/**
 * Surface: a credential used from n8n's HTTP Request node (Predefined Credential Type), whose
 * URL the workflow chooses. The attack: point the node at a collector and let the credential
 * sign the request. What answers it: authenticate adds the token or UserSig only for the
 * credential's own base URL; anything else is an error before the request is sent.
 */
registerCredentialType(new TencentChatApi());

async function runHttpRequest(
	credentialType: string,
	credentials: ICredentialDataDecryptedObject,
	url: string,
	body = {},
) {
	const result = await runWorkflow({
		credentials: { [credentialType]: credentials },
		nodes: [httpRequestNode(credentialType, url, body)],
		connections: {},
		extraNodeTypes: httpRequestNodeTypes,
	});
	return result;
}

/** The credential's own local service and a collector of the same kind, both new for each test. */
function ownAndCollector<Server extends { stop(): Promise<void> }>(start: () => Promise<Server>) {
	const servers = {} as { own: Server; collector: Server };
	beforeEach(async () => {
		servers.own = await start();
		servers.collector = await start();
	});
	afterEach(async () => {
		await servers.own.stop();
		await servers.collector.stop();
	});
	return servers;
}

describe('WeChat Mini Program API credential in the HTTP Request node', () => {
	const servers = ownAndCollector(async () => await new FakeWeChatServer().start());
	beforeEach(() =>
		servers.own.route('/cgi-bin/openapi/quota/get', () => ({ quota: { remain: 1 } })),
	);
	const data = () => weChatCredentials(servers.own).weChatMiniProgramApi;

	test('its own base URL gets the access token', async () => {
		const result = await runHttpRequest(
			'weChatMiniProgramApi',
			data(),
			`${servers.own.url}/cgi-bin/openapi/quota/get`,
		);
		expect(result.error).toBeUndefined();
		expect(servers.own.callsTo('/cgi-bin/openapi/quota/get')[0].query.access_token).toBe(
			servers.own.currentToken,
		);
	});

	test.each([
		['another host', (url: string) => `${url}/collect`],
		['userinfo pointing elsewhere', (url: string) => url.replace('http://', 'http://127.0.0.1@')],
	])('%s is refused with a clear error and nothing reaches it', async (_, target) => {
		const url = target(servers.collector.url);
		const result = await runHttpRequest('weChatMiniProgramApi', data(), url);
		expect(result.error?.message ?? '').toMatch(
			/WeChat Mini Program API credential adds its access token only to requests for its own API/,
		);
		expect(JSON.stringify(result.error)).not.toContain(servers.own.currentToken);
		expect(servers.collector.calls).toEqual([]);
	});

	test('a host that only starts like the credential’s is refused', async () => {
		const port = new URL(servers.own.url).port;
		const lookalike = `http://127.0.0.10:${port}/cgi-bin/openapi/quota/get`;
		const result = await runHttpRequest('weChatMiniProgramApi', data(), lookalike);
		expect(result.error?.message ?? '').toContain(`refused for http://127.0.0.10:${port},`);
	});
});

describe('Tencent Cloud Chat API credential in the HTTP Request node', () => {
	const servers = ownAndCollector(async () => await new FakeTencentChat().start());
	const data = () => chatCredentials(servers.own) as ICredentialDataDecryptedObject;
	/** The HTTP Request node asks `server` whether the administrator account exists. */
	const checkAccountAt = async (server: FakeTencentChat) =>
		await runHttpRequest(
			'tencentChatApi',
			data(),
			`${server.url}/v4/im_open_login_svc/account_check`,
			{
				CheckItem: [{ UserID: 'administrator' }],
			},
		);

	test('its own base URL gets the UserSig', async () => {
		const result = await checkAccountAt(servers.own);
		expect(result.error).toBeUndefined();
		expect(servers.own.callsTo('account_check')[0].query.usersig).toBeTruthy();
	});

	test('another host gets no administrator UserSig: a clear error, nothing sent', async () => {
		const result = await checkAccountAt(servers.collector);
		expect(result.error?.message ?? '').toMatch(
			/Tencent Cloud Chat API credential adds its administrator UserSig only to requests for its own API/,
		);
		expect(servers.collector.calls).toEqual([]);
	});
});
