import { WeChatMiniProgramApi } from '../../credentials/WeChatMiniProgramApi.credentials';
import { testCredential } from '../../testkit/engine/credentialTester';
import { weChatCredentials } from '../../testkit/servers/fakeWeChat/credentials';
import { FakeWeChatServer } from '../../testkit/servers/fakeWeChat/server';

describe('WeChat Mini Program credential: the Test button', () => {
	let server: FakeWeChatServer;
	beforeEach(async () => {
		server = await new FakeWeChatServer().start();
		server.route('/cgi-bin/openapi/quota/get', ({ body }) => ({
			quota: { daily_limit: 5000, used: 1, remain: 4999 },
			cgi_path: body.cgi_path,
		}));
	});
	afterEach(async () => await server.stop());

	const credential = new WeChatMiniProgramApi();

	test('valid App ID and App Secret pass', async () => {
		const result = await testCredential(credential, weChatCredentials(server).weChatMiniProgramApi);
		expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });
		expect(server.tokenRequests).toHaveLength(1);
		expect(server.callsTo('/cgi-bin/openapi/quota/get')[0].query.access_token).toBe(
			server.currentToken,
		);
	});

	test('a wrong App Secret fails with the errcode meaning, without echoing the secret', async () => {
		const result = await testCredential(credential, {
			...weChatCredentials(server).weChatMiniProgramApi,
			appSecret: 'not-the-secret-999',
		});
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/errcode 40125 \(invalid App Secret/);
		expect(result.message).not.toContain('not-the-secret-999');
	});

	test('an expired pasted authorizer token fails with the rule message', async () => {
		server.route('/cgi-bin/openapi/quota/get', () => ({
			errcode: 42001,
			errmsg: 'access_token expired',
		}));
		server.authorizerTokens.set('wxmerchant', 'authorizer-token-old');
		const result = await testCredential(credential, {
			...weChatCredentials(server).weChatMiniProgramApi,
			authMode: 'authorizerAccessToken',
			authorizerAccessToken: 'authorizer-token-old',
		});
		expect(result).toEqual({ status: 'Error', message: 'The authorizer access token has expired' });
	});
});
