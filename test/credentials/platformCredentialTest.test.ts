import { WeChatPlatformApi } from '../../credentials/WeChatPlatformApi.credentials';
import { testCredential } from '../../testkit/engine/credentialTester';
import { FakeComponentPlatform } from '../../testkit/servers/fakeWeChat/componentRoutes';
import { FakeWeChatServer } from '../../testkit/servers/fakeWeChat/server';
import { platformCredential } from '../actions/thirdPartyPlatform/thirdPartyPlatformHarness';

/**
 * The Test button asks api_component_token with a placeholder ticket. It relies on WeChat checking
 * the IP allowlist, the App ID and the App Secret before the ticket, so that "ticket invalid"
 * (61006) proves the rest right. The local WeChat checks in that order; the only public evidence
 * found is WxJava issue #2967 (a real App ID and secret with a null ticket answered 61006).
 */
describe('WeChat Third-Party Platform credential: the Test button', () => {
	let server: FakeWeChatServer;
	let platform: FakeComponentPlatform;
	beforeEach(async () => {
		server = await new FakeWeChatServer().start();
		platform = new FakeComponentPlatform(server);
	});
	afterEach(async () => await server.stop());

	const credential = new WeChatPlatformApi();

	test('a right App ID, App Secret and allowlisted IP pass (WeChat answers only "ticket invalid")', async () => {
		const result = await testCredential(credential, platformCredential(server, platform));
		expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });
		expect(platform.tokenRequests.componentToken).toBe(1);
		expect(platform.refusals).toEqual([
			{ path: '/cgi-bin/component/api_component_token', errcode: 61006 },
		]);
	});

	test('a wrong App Secret is named, without echoing it', async () => {
		const result = await testCredential(credential, {
			...platformCredential(server, platform),
			componentAppSecret: 'not-the-secret-999',
		});
		expect(result).toEqual({ status: 'Error', message: 'The Component App Secret is wrong' });
		expect(result.message).not.toContain('not-the-secret-999');
	});

	test('a wrong App ID is named', async () => {
		const result = await testCredential(credential, {
			...platformCredential(server, platform),
			componentAppId: 'wxnotaplatform000',
		});
		expect(result).toEqual({
			status: 'Error',
			message: 'WeChat does not know this Component App ID',
		});
	});

	test("a server IP missing from the platform's allowlist is named", async () => {
		platform.ipAllowlisted = false;
		const result = await testCredential(credential, platformCredential(server, platform));
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/IP address is not on the platform's IP allowlist/);
	});
});
