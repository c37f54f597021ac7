import { nextPushDay } from '../../../nodes/protocol/tencent/pushRation';
import { virtualClock } from '../../../testkit/clock/defaultClock';
import { resetTransport } from '../../../testkit/engine/nodeTransport';
import { pushState } from '../../../testkit/servers/fakeTencent/chatPushRoutes';
import type { FakeTencentChat } from '../../../testkit/servers/fakeTencentChat';
import { runChatPush, startChatServer, startOfFreshPushDay } from './chatPushHarness';

const push = {
	operation: 'pushToAll',
	text: 'Live starts in 10 minutes',
	title: 'We are live',
	desc: 'Join the spring sale',
	ext: '{"room":1}',
};

describe('Chat Push > Push to All (n8n engine against a local Tencent Cloud Chat)', () => {
	let server: FakeTencentChat;
	let dayStart: number;
	beforeEach(async () => {
		server = await startChatServer();
		dayStart = startOfFreshPushDay();
	});
	afterEach(async () => await server.stop());

	test('one push per item to v4/timpush/push with the message and its offline notification', async () => {
		const result = await runChatPush(server, [{}], push);
		expect(result.error).toBeUndefined();
		const [call] = server.callsTo('push');
		expect(call.path).toBe('/v4/timpush/push');
		expect(call.body).toMatchObject({
			MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'Live starts in 10 minutes' } }],
			OfflinePushInfo: {
				PushFlag: 0,
				Title: 'We are live',
				Desc: 'Join the spring sale',
				Ext: '{"room":1}',
			},
		});
		expect(call.body.Condition).toBeUndefined();
		expect(Number.isInteger(call.body.MsgRandom)).toBe(true);
		expect(result.output('WeChat')).toEqual([
			{ taskId: 'task-000001', pushedAt: new Date(call.at).toISOString(), audience: 'all' },
		]);
	});

	test('several items are spaced more than 1 s apart on the clock, so Tencent refuses none', async () => {
		const result = await runChatPush(server, [{}, {}, {}], push);
		expect(result.error).toBeUndefined();
		const times = server.callsTo('push').map((call) => call.at);
		expect(times).toHaveLength(3);
		expect(times[1] - times[0]).toBeGreaterThan(1000);
		expect(times[2] - times[1]).toBeGreaterThan(1000);
		expect(server.callsTo('push').every((call) => call.answer?.ErrorCode === 0)).toBe(true);
	});

	test('the 101st push of the day is refused before sending, naming the exact time the next is allowed', async () => {
		const first = await runChatPush(
			server,
			Array.from({ length: 100 }, () => ({})),
			push,
		);
		expect(first.error).toBeUndefined();
		expect(pushState(server).pushes).toHaveLength(100);
		const result = await runChatPush(server, [{}], push);
		expect(server.callsTo('push')).toHaveLength(100); // the server recorded no 101st call
		const next = new Date(nextPushDay(dayStart)).toISOString();
		expect(next).toMatch(/T16:00:00.000Z$/); // midnight in China Standard Time
		expect(result.error?.message).toContain('refused before sending');
		expect(result.error?.message).toContain('100 pushes a day');
		expect(result.error?.message).toContain(`next push is allowed at ${next}`);
		expect(result.error?.message).toContain('Nothing was pushed');

		virtualClock().advanceTo(nextPushDay(dayStart));
		const nextDay = await runChatPush(server, [{}], push);
		expect(nextDay.error).toBeUndefined();
		expect(server.callsTo('push')).toHaveLength(101);
	});

	test("another process's pushes: Tencent's 90047 refusal is the same clear error, with the next day's time", async () => {
		pushState(server).perDay = 1;
		await runChatPush(server, [{}], push);
		resetTransport(); // a second n8n process: its ledger knows nothing of the first push
		virtualClock().advanceTo(virtualClock().now() + 5000);
		const result = await runChatPush(server, [{}], push);
		expect(server.callsTo('push')).toHaveLength(2);
		expect(pushState(server).pushes).toHaveLength(1);
		expect(result.error?.message).toContain('refused by Tencent with ErrorCode 90047');
		expect(result.error?.message).toContain(
			`next push is allowed at ${new Date(nextPushDay(dayStart)).toISOString()}`,
		);
		// This process has learned: the next try is refused before sending.
		const again = await runChatPush(server, [{}], push);
		expect(server.callsTo('push')).toHaveLength(2);
		expect(again.error?.message).toContain('refused before sending');
	});

	test("another process pushed under a second ago: Tencent's 90024 is reported, nothing resent", async () => {
		await runChatPush(server, [{}], push);
		resetTransport();
		const result = await runChatPush(server, [{}], push);
		expect(server.callsTo('push')).toHaveLength(2);
		expect(pushState(server).pushes).toHaveLength(1);
		expect(result.error?.message).toContain('refused by Tencent with ErrorCode 90024');
		expect(result.error?.message).toContain('more than 1 second apart');
		expect(result.error?.message).toContain('allowed at the earliest at');
	});

	test('with a rate-limit wait of 0 the 1 s spacing is an error before sending, with the exact time', async () => {
		const first = await runChatPush(server, [{}], push);
		const sentAt = server.callsTo('push')[0].at;
		expect(first.error).toBeUndefined();
		const result = await runChatPush(server, [{}], { ...push, options: { rateLimitWait: 0 } });
		expect(server.callsTo('push')).toHaveLength(1);
		expect(result.error?.message).toContain('refused before sending');
		expect(result.error?.message).toContain(`allowed at ${new Date(sentAt + 1001).toISOString()}`);
	});

	test('an unclear outcome (connection dropped after Tencent acted) is never resent', async () => {
		server.inject({ type: 'reset', acted: true }, 1, 'push');
		const result = await runChatPush(server, [{}], push);
		expect(server.callsTo('push')).toHaveLength(1);
		expect(pushState(server).pushes).toHaveLength(1);
		expect(result.error?.message).toContain('no clear answer');
		expect(result.error?.message).toContain('not resent');
	});

	test('HTTP 500 is not resent either: Tencent may have pushed', async () => {
		server.inject({ type: 'http500' }, 1, 'push');
		const result = await runChatPush(server, [{}], push);
		expect(server.callsTo('push')).toHaveLength(1);
		expect(result.error).toBeDefined();
	});

	test('a rate-limit refusal (60019: nothing done) is waited out and resent', async () => {
		server.inject({ type: 'errorCode', code: 60019 }, 1, 'push');
		const result = await runChatPush(server, [{}], push);
		expect(result.error).toBeUndefined();
		expect(server.callsTo('push')).toHaveLength(2);
		expect(pushState(server).pushes).toHaveLength(1);
	});

	test('Push not enabled: 90045 with its meaning', async () => {
		pushState(server).enabled = false;
		const result = await runChatPush(server, [{}], push);
		expect(result.error?.message).toContain('ErrorCode 90045');
		expect(result.error?.message).toContain('not enabled');
	});

	test('sender and online-only options', async () => {
		await runChatPush(server, [{}], {
			operation: 'pushToAll',
			text: 'hi',
			options: { fromAccount: 'shop_bot', onlineOnly: true },
		});
		const [call] = server.callsTo('push');
		expect(call.body).toMatchObject({ From_Account: 'shop_bot', OnlineOnlyFlag: 1 });
		expect(call.body.OfflinePushInfo).toBeUndefined();
	});
});
