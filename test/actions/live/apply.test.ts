import { weChatCredentials } from '../../../testkit/servers/fakeWeChat/credentials';
import { useLiveWeChat } from '../liveHarness';
import { runOnWeChat } from '../operationHarness';

describe('Live > Apply for Live Capability', () => {
	const weChat = useLiveWeChat();

	const apply = (
		credentials: ReturnType<typeof weChatCredentials> = weChatCredentials(weChat().server),
	) => runOnWeChat(weChat().server, { resource: 'live', operation: 'apply' }, { credentials });
	/** The local WeChat's credential in service-provider mode (its component's), with `overrides`. */
	const asServiceProvider = (overrides: Record<string, string>) => {
		const { component } = weChat().server;
		return {
			weChatMiniProgramApi: {
				...weChatCredentials(weChat().server).weChatMiniProgramApi,
				authMode: 'componentRefreshToken',
				componentAppId: component.appId,
				componentAppSecret: component.appSecret,
				componentVerifyTicket: component.verifyTicket,
				authorizerRefreshToken: component.authorizerRefreshToken,
				...overrides,
			},
		};
	};

	test('applies with the app secret token', async () => {
		const result = await apply();
		expect(result.output('WeChat')).toEqual([
			{ action: 'apply', status: 'awaitingAdministrator', errcode: 0, errmsg: 'ok' },
		]);
		expect(weChat().live.applications).toEqual([weChat().server.appId]);
	});

	test('errcode 2 is explained (no payment in 90 days, seed calls it "not paid")', async () => {
		weChat().live.applyErrcode = 2;
		const result = await apply();
		expect(result.error?.message).toMatch(
			/errcode 2 \(the Mini Program has had no paid transaction in the last 90 days.*try again tomorrow\)/,
		);
	});

	test('a service provider derives the merchant token from component credentials', async () => {
		const result = await apply(asServiceProvider({ appId: 'wxmerchant00000001' }));
		expect(result.error).toBeUndefined();
		expect(weChat().live.applications).toEqual(['wxmerchant00000001']);
	});

	test('a stale component ticket fails with what to do', async () => {
		const result = await apply(asServiceProvider({ componentVerifyTicket: 'old-ticket' }));
		expect(result.error?.message).toMatch(
			/errcode 61006 \(component_verify_ticket invalid: paste the latest ticket\)/,
		);
	});

	test('a pasted authorizer token is used as is, and a rejected one is not "renewed"', async () => {
		weChat().server.authorizerTokens.set('wxmerchant00000002', 'authorizer-token-given');
		const tokenCredentials = (token: string) => ({
			weChatMiniProgramApi: {
				...weChatCredentials(weChat().server).weChatMiniProgramApi,
				authMode: 'authorizerAccessToken',
				authorizerAccessToken: token,
			},
		});
		const ok = await apply(tokenCredentials('authorizer-token-given'));
		expect(ok.error).toBeUndefined();
		expect(weChat().live.applications).toEqual(['wxmerchant00000002']);
		expect(weChat().server.tokenRequests).toHaveLength(0);
		const stale = await apply(tokenCredentials('authorizer-token-stale'));
		expect(stale.error?.message).toMatch(/errcode 40014/);
		expect(weChat().server.callsTo('/wxa/business/applyliveinfo')).toHaveLength(2);
		expect(JSON.stringify(stale.run.data.resultData)).not.toContain('authorizer-token-stale');
	});
});
