import {
	BIG_MSG_ID,
	imageMessage,
	textMessage,
} from '../../testkit/fixtures/customerServiceFixtures';
import { startPlatformTriggerServer } from '../../testkit/engine/platformTriggerServer';
import { addLiveRoutes } from '../../testkit/servers/fakeWeChat/liveRoutes';
import { FakeWeChatServer } from '../../testkit/servers/fakeWeChat/server';
import {
	FakeComponentPlatform,
	InMemoryDataTables,
	loadWorker,
	platformCredential,
	runAction,
	ticketWorkflowStep,
} from './platformHarness';

describe('Third-Party Platform operations and trigger', () => {
	const worker = loadWorker();

	async function setUp(authorizers: string[] = ['wxshop0000000001', 'wxshop0000000002']) {
		const fake = await new FakeWeChatServer().start();
		const live = addLiveRoutes(fake);
		const platform = new FakeComponentPlatform(fake);
		const dataTables = new InMemoryDataTables();
		const credential = platformCredential(fake, platform);
		const errors: string[] = [];
		const trigger = await startPlatformTriggerServer(
			worker.trigger,
			credential,
			async (items, node) => {
				const parameters = ticketWorkflowStep(items[0].json.InfoType);
				if (!parameters) return;
				const result = await runAction(worker, dataTables, credential, parameters, {
					items: items.map((item) => item.json),
					triggerNode: node,
				});
				if (result.error) errors.push(result.error.message);
			},
		);
		await platform.pushTicket(trigger.authorizationUrl);
		for (const appId of authorizers) await platform.authorize(appId, trigger.authorizationUrl);
		await trigger.idle();
		const stop = async () => {
			await trigger.close();
			await fake.stop();
		};
		return { fake, live, platform, dataTables, credential, trigger, errors, stop };
	}

	it('applies for live capability per merchant from one credential, and explains 268489001', async () => {
		const env = await setUp();
		try {
			expect(env.errors).toEqual([]);
			const apply = {
				resource: 'live',
				operation: 'apply',
				authentication: 'thirdPartyPlatform',
				authorizerAppId: '={{ $json.merchant }}',
			};
			const items = [
				{ merchant: 'wxshop0000000002' },
				{ merchant: 'wxshop0000000001' },
				{ merchant: 'wxshop0000000002' },
			];
			const result = await runAction(worker, env.dataTables, env.credential, apply, { items });
			expect(result.error).toBeUndefined();
			expect(env.live.applications).toEqual([
				'wxshop0000000002',
				'wxshop0000000002',
				'wxshop0000000001',
			]);
			const paired = result.run.data.resultData.runData.WeChat[0].data!.main[0]!.map(
				(item) => (item.pairedItem as { item: number }).item,
			);
			expect(paired).toEqual([0, 2, 1]);
			// Exchanging the codes brought each merchant's first token: no token request yet.
			expect(env.platform.tokenRequests.authorizerToken.size).toBe(0);

			env.live.applyErrcode = 268489001;
			const refused = await runAction(worker, env.dataTables, env.credential, apply, {
				items: [{ merchant: 'wxshop0000000001' }],
			});
			expect(refused.error?.message).toContain('268489001');
			expect(JSON.stringify(refused.error)).toContain('no longer opens live broadcast capability');
			expect(JSON.stringify(refused.error)).toContain('Channels');
		} finally {
			await env.stop();
		}
	});

	it('lists every authorizer over pages and never outputs a refresh token', async () => {
		const env = await setUp([]);
		try {
			for (let i = 0; i < 1203; i++)
				env.platform.addAuthorizer(`wxbulk${String(i).padStart(10, '0')}`);
			const list = await runAction(worker, env.dataTables, env.credential, {
				resource: 'thirdPartyPlatform',
				operation: 'getAuthorizers',
			});
			expect(list.error).toBeUndefined();
			expect(list.output('WeChat')).toHaveLength(1203);
			expect(env.fake.callsTo('/cgi-bin/component/api_get_authorizer_list')).toHaveLength(3);
			const info = await runAction(worker, env.dataTables, env.credential, {
				resource: 'thirdPartyPlatform',
				operation: 'getAuthorizerInfo',
				authorizerAppId: 'wxbulk0000000007',
			});
			expect(info.output('WeChat')[0]).toMatchObject({
				authorizerAppId: 'wxbulk0000000007',
				authorizer_info: { nick_name: 'Shop wxbulk0000000007' },
			});
			expect(JSON.stringify([list.output('WeChat'), info.output('WeChat')])).not.toMatch(
				/refresh/i,
			);
		} finally {
			await env.stop();
		}
	});

	it('Get Authorizer Info and Get Authorizers output no token in any field, at any depth', async () => {
		const merchants = ['wxshop0000000001', 'wxshop0000000002'];
		const env = await setUp(merchants);
		try {
			// Renewing a token makes the fake hand out more: every one of them must stay inside.
			env.platform.retireAuthorizerTokens(merchants[0]);
			const call = await runAction(worker, env.dataTables, env.credential, {
				resource: 'live',
				operation: 'apply',
				authentication: 'thirdPartyPlatform',
				authorizerAppId: merchants[0],
			});
			expect(call.error).toBeUndefined();
			const list = await runAction(worker, env.dataTables, env.credential, {
				resource: 'thirdPartyPlatform',
				operation: 'getAuthorizers',
			});
			const info = await runAction(
				worker,
				env.dataTables,
				env.credential,
				{
					resource: 'thirdPartyPlatform',
					operation: 'getAuthorizerInfo',
					authorizerAppId: '={{ $json.merchant }}',
				},
				{ items: merchants.map((merchant) => ({ merchant })) },
			);
			expect(list.error).toBeUndefined();
			expect(info.error).toBeUndefined();
			const outputs = [...list.output('WeChat'), ...info.output('WeChat')];
			expect(outputs).toHaveLength(4);

			const secrets = new Set<string>();
			for (const authorizer of env.platform.authorizers.values()) {
				secrets.add(authorizer.refreshToken);
				for (const token of authorizer.tokens.keys()) secrets.add(token);
			}
			expect(secrets.size).toBe(4);
			const leaks: string[] = [];
			const walk = (value: unknown, path: string) => {
				if (typeof value === 'string') {
					if (secrets.has(value) || /refreshtoken@@@|authorizertoken-|componenttoken-/.test(value))
						leaks.push(`${path} holds a token`);
				} else if (Array.isArray(value)) {
					value.forEach((entry, index) => walk(entry, `${path}[${index}]`));
				} else if (typeof value === 'object' && value !== null) {
					for (const [key, inner] of Object.entries(value)) {
						if (/token/i.test(key)) leaks.push(`${path}.${key} is a token field`);
						walk(inner, `${path}.${key}`);
					}
				}
			};
			outputs.forEach((json, index) => walk(json, `item ${index}`));
			expect(leaks).toEqual([]);
			// What the items are for is still there.
			expect(info.output('WeChat')[1]).toMatchObject({
				authorizerAppId: merchants[1],
				authorization_info: { authorizer_appid: merchants[1] },
			});
		} finally {
			await env.stop();
		}
	});

	it('keys authorization events like every WeChat event: retries share a dedupKey, two pushes of one second do not', async () => {
		const env = await setUp([]);
		try {
			const createTime = Math.floor(Date.now() / 1000);
			const ticketPush = (ticket: string) => ({
				AppId: env.platform.componentAppId,
				CreateTime: createTime,
				InfoType: 'component_verify_ticket',
				ComponentVerifyTicket: ticket,
			});
			const before = env.trigger.started.length;
			for (const fields of [
				ticketPush('ticket@@@one'),
				ticketPush('ticket@@@one'),
				ticketPush('ticket@@@two'),
			])
				expect(await env.platform.pushMessage(env.trigger.authorizationUrl, fields)).toEqual({
					status: 200,
					body: 'success',
				});
			await env.trigger.idle();
			const keys = env.trigger.started.slice(before).map((items) => String(items[0].json.dedupKey));
			expect(keys).toHaveLength(3);
			expect(keys[1]).toBe(keys[0]);
			expect(keys[2]).not.toBe(keys[0]);
			expect(keys[0]).toMatch(
				new RegExp(`^component_verify_ticket\\|${createTime}\\|sha256:[0-9a-f]{32}$`),
			);
			expect(keys.join()).not.toContain('ticket@@@');
		} finally {
			await env.stop();
		}
	});

	it('says what to do when no ticket is stored, when the IP is not allowlisted and when a merchant revoked', async () => {
		const fake = await new FakeWeChatServer().start();
		const platform = new FakeComponentPlatform(fake);
		const noTicket = await runAction(
			worker,
			new InMemoryDataTables(),
			platformCredential(fake, platform),
			{
				resource: 'thirdPartyPlatform',
				operation: 'getAuthorizers',
			},
		);
		expect(noTicket.error?.message).toMatch(/No component_verify_ticket .* ticket workflow/);
		await fake.stop();

		const env = await setUp(['wxshop0000000001']);
		try {
			env.platform.ipAllowlisted = false;
			const refused = await runAction(worker, env.dataTables, env.credential, {
				resource: 'thirdPartyPlatform',
				operation: 'getAuthorizers',
			});
			expect(refused.error?.message).toContain('61004');
			expect(JSON.stringify(refused.error)).toContain('IP allowlist');
			env.platform.ipAllowlisted = true;

			await env.platform.revoke('wxshop0000000001', env.trigger.authorizationUrl);
			await env.trigger.idle();
			expect(env.errors).toEqual([]);
			const afterRevoke = await runAction(worker, env.dataTables, env.credential, {
				resource: 'live',
				operation: 'apply',
				authentication: 'thirdPartyPlatform',
				authorizerAppId: 'wxshop0000000001',
			});
			expect(afterRevoke.error?.message).toMatch(
				/No authorizer_refresh_token is stored for authorizer wxshop0000000001/,
			);
		} finally {
			await env.stop();
		}
	});

	it('checks every push like the Mini Program trigger and names the merchant from $APPID$', async () => {
		const env = await setUp([]);
		try {
			const started = env.trigger.started.length;
			const answer = await env.platform.pushMessage(`${env.trigger.messageUrl}/wxshop0000000009`, {
				ToUserName: 'gh_shop9',
				FromUserName: 'oUser',
				CreateTime: Math.floor(Date.now() / 1000),
				MsgType: 'event',
				Event: 'wxa_live_apply_event',
			});
			expect(answer).toEqual({ status: 200, body: 'success' });
			expect(env.trigger.started[started][0].json).toMatchObject({
				url: 'message',
				authorizerAppId: 'wxshop0000000009',
				Event: 'wxa_live_apply_event',
			});

			const forged = await fetch(
				`${env.trigger.authorizationUrl}?timestamp=1&nonce=2&msg_signature=bad&signature=bad`,
				{ method: 'POST', body: '<xml><Encrypt><![CDATA[abcd]]></Encrypt></xml>' },
			);
			expect(forged.status).toBe(401);

			// Encrypted for another platform: the appid inside is not the component App ID.
			const other = new FakeComponentPlatform(env.fake, {
				componentAppId: 'wxotherplatform',
				token: env.platform.token,
				encodingAESKey: env.platform.encodingAESKey,
			});
			const foreign = await other.pushTicket(env.trigger.authorizationUrl);
			expect(foreign.status).toBe(403);
			expect(env.trigger.started).toHaveLength(started + 1);
			expect(JSON.stringify(env.trigger.started)).not.toContain('ticket@@@');
			expect(env.trigger.logs.join('\n')).not.toContain(env.platform.encodingAESKey);
		} finally {
			await env.stop();
		}
	});
	it("delivers every merchant's customer service messages as the Mini Program trigger does", async () => {
		const env = await setUp([]);
		try {
			const started = env.trigger.started.length;
			for (const [merchant, message] of [
				['wxshop0000000001', textMessage()],
				['wxshop0000000002', imageMessage()],
			] as const) {
				const answer = await env.platform.pushMessage(
					`${env.trigger.messageUrl}/${merchant}`,
					message,
				);
				expect(answer).toEqual({ status: 200, body: 'success' });
			}
			const [text, image] = env.trigger.started.slice(started).map((run) => run[0].json);
			expect(text).toMatchObject({
				...textMessage(),
				dedupKey: `wxshop0000000001:msg:${BIG_MSG_ID}`,
				authorizerAppId: 'wxshop0000000001',
			});
			expect(image).toMatchObject({
				...imageMessage(),
				dedupKey: 'wxshop0000000002:msg:23456789012345678902',
				authorizerAppId: 'wxshop0000000002',
			});
		} finally {
			await env.stop();
		}
	});
});
