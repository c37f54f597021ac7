import { platformOperationsSuite } from '../actions/thirdPartyPlatform/platformOperationsSuite';
import { FakeComponentPlatform } from '../actions/thirdPartyPlatform/thirdPartyPlatformHarness';

describe('Third-Party Platform operations and trigger', () => {
	const suite = platformOperationsSuite();

	it('keys authorization events like every WeChat event: retries share a dedupKey, two pushes of one second do not', async () => {
		const env = await suite.setUp([]);
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

	it('checks every push like the Mini Program trigger and names the merchant from $APPID$', async () => {
		const env = await suite.setUp([]);
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
});
