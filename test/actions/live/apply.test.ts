import { itemsIntoWeChatNode, runWorkflow } from '../../../testkit/engine/runWorkflow';
import { weChatCredentials } from '../../../testkit/servers/fakeWeChat/credentials';
import { addLiveRoutes } from '../../../testkit/servers/fakeWeChat/liveRoutes';
import type { FakeLiveState } from '../../../testkit/servers/fakeWeChat/liveRoutes';
import { FakeWeChatServer } from '../../../testkit/servers/fakeWeChat/server';
import { startFakeWeChat } from '../../helpers/startFakeWeChat';

describe('Live > Apply for Live Capability', () => {
	let server: FakeWeChatServer;
	let live: FakeLiveState;

	beforeEach(async () => {
		server = await startFakeWeChat();
		live = addLiveRoutes(server);
	});
	afterEach(async () => await server.stop());

	const apply = (credentials: ReturnType<typeof weChatCredentials> = weChatCredentials(server)) =>
		runWorkflow(itemsIntoWeChatNode([{}], { resource: 'live', operation: 'apply' }, credentials));

	test('applies with the app secret token', async () => {
		const result = await apply();
		expect(result.output('WeChat')).toEqual([
			{ action: 'apply', status: 'awaitingAdministrator', errcode: 0, errmsg: 'ok' },
		]);
		expect(live.applications).toEqual([server.appId]);
	});

	test('errcode 2 is explained (no payment in 90 days, seed calls it "not paid")', async () => {
		live.applyErrcode = 2;
		const result = await apply();
		expect(result.error?.message).toMatch(
			/errcode 2 \(the Mini Program has had no paid transaction in the last 90 days.*try again tomorrow\)/,
		);
	});

	test('a service provider derives the merchant token from component credentials', async () => {
		const { component } = server;
		const result = await apply({
			weChatMiniProgramApi: {
				...weChatCredentials(server).weChatMiniProgramApi,
				authMode: 'componentRefreshToken',
				appId: 'wxmerchant00000001',
				componentAppId: component.appId,
				componentAppSecret: component.appSecret,
				componentVerifyTicket: component.verifyTicket,
				authorizerRefreshToken: component.authorizerRefreshToken,
			},
		});
		expect(result.error).toBeUndefined();
		expect(live.applications).toEqual(['wxmerchant00000001']);
	});

	test('a stale component ticket fails with what to do', async () => {
		const { component } = server;
		const result = await apply({
			weChatMiniProgramApi: {
				...weChatCredentials(server).weChatMiniProgramApi,
				authMode: 'componentRefreshToken',
				componentAppId: component.appId,
				componentAppSecret: component.appSecret,
				componentVerifyTicket: 'old-ticket',
				authorizerRefreshToken: component.authorizerRefreshToken,
			},
		});
		expect(result.error?.message).toMatch(
			/errcode 61006 \(component_verify_ticket invalid: paste the latest ticket\)/,
		);
	});

	test('a pasted authorizer token is used as is, and a rejected one is not "renewed"', async () => {
		server.authorizerTokens.set('wxmerchant00000002', 'authorizer-token-given');
		const tokenCredentials = (token: string) => ({
			weChatMiniProgramApi: {
				...weChatCredentials(server).weChatMiniProgramApi,
				authMode: 'authorizerAccessToken',
				authorizerAccessToken: token,
			},
		});
		const ok = await apply(tokenCredentials('authorizer-token-given'));
		expect(ok.error).toBeUndefined();
		expect(live.applications).toEqual(['wxmerchant00000002']);
		expect(server.tokenRequests).toHaveLength(0);
		const stale = await apply(tokenCredentials('authorizer-token-stale'));
		expect(stale.error?.message).toMatch(/errcode 40014/);
		expect(server.callsTo('/wxa/business/applyliveinfo')).toHaveLength(2);
		expect(JSON.stringify(stale.run.data.resultData)).not.toContain('authorizer-token-stale');
	});
});
