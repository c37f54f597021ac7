import { WeChatPlatformTrigger } from '../../../nodes/WeChatPlatformTrigger/WeChatPlatformTrigger.node';
import {
	safeXmlEnvelope,
	signedQuery,
	wechatEncrypt,
} from '../../../testkit/fixtures/wechatTestCrypto';
import { platformCredential } from '../../../testkit/engine/platformRuns';
import { startPlatformTriggerServer } from '../../../testkit/engine/platformTriggerServer';
import type { PlatformTriggerServer } from '../../../testkit/engine/platformTriggerServer';
import { FakeComponentPlatform } from '../../../testkit/servers/fakeWeChat/componentRoutes';
import { FakeWeChatServer } from '../../../testkit/servers/fakeWeChat/server';

/**
 * The WeChat Third-Party Platform Trigger, attacked with what one captured push allows: the URL's
 * `$APPID$` segment and the URL path are not signed, so neither may change what the signed
 * message says (issue 16).
 */
let fake: FakeWeChatServer;
let platform: FakeComponentPlatform;
let trigger: PlatformTriggerServer;
beforeAll(async () => {
	fake = await new FakeWeChatServer().start();
	platform = new FakeComponentPlatform(fake);
	trigger = await startPlatformTriggerServer(
		new WeChatPlatformTrigger(),
		platformCredential(fake, platform),
		async () => {},
	);
});
afterAll(async () => {
	await trigger.close();
	await fake.stop();
});
beforeEach(() => trigger.started.splice(0));

/**
 * One genuine push of the XML message with `fields`: signed query and encrypted body, as WeChat
 * built them, to be sent anywhere.
 */
function genuinePush(fields: Record<string, string | number>) {
	const encrypt = wechatEncrypt(xml(fields), {
		appId: platform.componentAppId,
		aesKey: platform.encodingAESKey,
	});
	return {
		query: signedQuery({
			token: platform.token,
			timestamp: Math.floor(Date.now() / 1000),
			encrypt,
		}),
		body: safeXmlEnvelope(encrypt, 'gh_platform0001'),
	};
}

async function sendTo(url: string, push: ReturnType<typeof genuinePush>) {
	const target = new URL(url);
	for (const [key, value] of Object.entries(push.query))
		target.searchParams.set(key, String(value));
	const response = await fetch(target, {
		method: 'POST',
		headers: { 'content-type': 'text/xml' },
		body: push.body,
	});
	return { status: response.status, body: await response.text() };
}

const xml = (fields: Record<string, string | number>) =>
	`<xml>${Object.entries(fields)
		.map(([k, v]) => `<${k}>${typeof v === 'number' ? v : `<![CDATA[${v}]]>`}</${k}>`)
		.join('')}</xml>`;
const now = () => Math.floor(Date.now() / 1000);
/** An event of a user of the Mini Program gh_shop1, with `more` fields after Event. */
const userEvent = (event: string, more: Record<string, string> = {}) => ({
	ToUserName: 'gh_shop1',
	FromUserName: 'oUser',
	CreateTime: now(),
	MsgType: 'event',
	Event: event,
	...more,
});

describe('attribution: the unsigned $APPID$ segment never overrides the signed message', () => {
	test('a push naming its merchant, resent to /message/<another merchant>, is refused naming both', async () => {
		const push = genuinePush(
			userEvent('wxa_media_check', { appid: 'wxshop0000000001', trace_id: 'trace-1' }),
		);
		expect(await sendTo(`${trigger.messageUrl}/wxshop0000000001`, push)).toEqual({
			status: 200,
			body: 'success',
		});
		const resent = await sendTo(`${trigger.messageUrl}/wxshop0000000002`, push);
		expect(resent.status).toBe(403);
		expect(resent.body).toContain('wxshop0000000002');
		expect(resent.body).toContain('wxshop0000000001');
		expect(trigger.started).toHaveLength(1);
		expect(trigger.started[0][0].json).toMatchObject({
			authorizerAppId: 'wxshop0000000001',
			authorizerAppIdFrom: 'message',
		});
	});

	test('a push that does not name its merchant, resent to another merchant URL, keeps its dedupKey and says the merchant is only from the URL', async () => {
		const push = genuinePush(userEvent('wxa_live_apply_event'));
		for (const merchant of ['wxshop0000000001', 'wxshop0000000002'])
			expect((await sendTo(`${trigger.messageUrl}/${merchant}`, push)).status).toBe(200);
		const [first, second] = trigger.started.map((items) => items[0].json);
		expect(second.dedupKey).toBe(first.dedupKey);
		expect(String(first.dedupKey)).not.toContain('wxshop');
		expect(first).toMatchObject({
			authorizerAppId: 'wxshop0000000001',
			authorizerAppIdFrom: 'url',
		});
		expect(second).toMatchObject({
			authorizerAppId: 'wxshop0000000002',
			authorizerAppIdFrom: 'url',
		});
	});

	test('without a segment, the merchant comes from the message', async () => {
		const push = genuinePush({
			ToUserName: 'gh_shop3',
			CreateTime: now(),
			MsgType: 'event',
			Event: 'x',
			appid: 'wxshop0000000003',
		});
		expect((await sendTo(trigger.messageUrl, push)).status).toBe(200);
		expect(trigger.started[0][0].json).toMatchObject({
			url: 'message',
			authorizerAppId: 'wxshop0000000003',
			authorizerAppIdFrom: 'message',
		});
	});

	test('a segment that is not an App ID is refused before anything is read', async () => {
		const push = genuinePush({ CreateTime: now(), MsgType: 'event', Event: 'x' });
		const answer = await sendTo(`${trigger.messageUrl}/wx%3Cscript%3E`, push);
		expect(answer).toEqual({ status: 400, body: 'the App ID segment of the URL is not an App ID' });
		expect(trigger.started).toHaveLength(0);
	});
});

describe('the verify ticket never leaves the trigger unsealed, whichever URL it reaches', () => {
	const ticketPush = (ticket: string) =>
		genuinePush({
			AppId: platform.componentAppId,
			CreateTime: now(),
			InfoType: 'component_verify_ticket',
			ComponentVerifyTicket: ticket,
		});

	test.each([
		['the message URL', () => trigger.messageUrl],
		['a merchant message URL', () => `${trigger.messageUrl}/wxshop0000000001`],
		['the authorization URL', () => trigger.authorizationUrl],
	])('an authorization push to %s', async (_where, url) => {
		expect((await sendTo(url(), ticketPush('ticket@@@swapped'))).status).toBe(200);
		expect(trigger.started).toHaveLength(1);
		const json = trigger.started[0][0].json;
		expect(JSON.stringify(json)).not.toContain('ticket@@@');
		expect(json).toMatchObject({ InfoType: 'component_verify_ticket' });
		expect(typeof json.sealedVerifyTicket).toBe('string');
	});

	test('a ticket field without InfoType at the message URL is refused, not passed on', async () => {
		const push = genuinePush({
			CreateTime: now(),
			MsgType: 'event',
			Event: 'x',
			ComponentVerifyTicket: 'ticket@@@bare',
		});
		const answer = await sendTo(trigger.messageUrl, push);
		expect(answer.status).toBe(400);
		expect(answer.body).not.toContain('ticket@@@');
		expect(trigger.started).toHaveLength(0);
	});
});
