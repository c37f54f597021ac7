import { virtualClock } from '../../../testkit/clock/defaultClock';
import { chatMessageState } from '../../../testkit/servers/fakeTencent/chatMessageRoutes';
import type { FakeTencentChat } from '../../../testkit/servers/fakeTencentChat';
import { importUsers, runChatMessage, startChatServer } from './chatMessageHarness';

const history = { operation: 'getHistory', operatorAccount: 'alice', peerAccount: 'shop' };

describe('Chat Message > Get History (n8n engine against a local Tencent Cloud Chat)', () => {
	let server: FakeTencentChat;
	beforeEach(async () => {
		server = await startChatServer();
		importUsers(server, ['shop', 'alice', 'bob']);
		// 250 messages between alice and shop, over several seconds; one to bob that is not theirs.
		for (let i = 0; i < 5; i++) {
			await runChatMessage(
				server,
				Array.from({ length: 50 }, (_, n) => ({ text: `m${i * 50 + n}` })),
				{ operation: 'send', fromAccount: 'shop', toAccount: 'alice', text: '={{ $json.text }}' },
			);
			await virtualClock().sleep(1500);
		}
		await runChatMessage(server, [{}], {
			operation: 'send',
			fromAccount: 'shop',
			toAccount: 'bob',
			text: 'other',
		});
	});
	afterEach(async () => await server.stop());

	test('Return All follows Complete, LastMsgTime and LastMsgKey through every page, newest first', async () => {
		const result = await runChatMessage(server, [{}], { ...history, returnAll: true });
		expect(result.error).toBeUndefined();
		const calls = server.callsTo('admin_getroammsg');
		expect(calls).toHaveLength(3);
		expect(calls[0].body).toMatchObject({
			Operator_Account: 'alice',
			Peer_Account: 'shop',
			MaxCnt: 100,
			MinTime: 0,
		});
		expect(calls[0].body.LastMsgKey).toBeUndefined();
		expect(calls[1].body.LastMsgKey).toBe(calls[0].answer?.LastMsgKey);
		expect(calls[1].body.MaxTime).toBe(calls[0].answer?.LastMsgTime);
		expect(calls[2].answer?.Complete).toBe(1);
		const out = result.output('WeChat');
		expect(out).toHaveLength(250);
		expect(new Set(out.map((m) => m.MsgKey)).size).toBe(250);
		expect((out[0].MsgBody as Array<{ MsgContent: { Text: string } }>)[0].MsgContent.Text).toBe(
			'm249',
		);
		expect(out[0]).toMatchObject({ account: 'alice', peerAccount: 'shop', From_Account: 'shop' });
	});

	test('Limit asks only for what it needs; the time range goes to MinTime and MaxTime', async () => {
		const limited = await runChatMessage(server, [{}], {
			...history,
			returnAll: false,
			limit: 120,
		});
		expect(limited.output('WeChat')).toHaveLength(120);
		expect(server.callsTo('admin_getroammsg').map((c) => c.body.MaxCnt)).toEqual([100, 20]);

		const messages = chatMessageState(server).messages;
		const firstSecond = messages[0].MsgTimeStamp;
		server.calls.length = 0;
		const ranged = await runChatMessage(server, [{}], {
			...history,
			returnAll: true,
			minTime: new Date(firstSecond * 1000).toISOString(),
			maxTime: new Date(firstSecond * 1000 + 999).toISOString(),
		});
		const [call] = server.callsTo('admin_getroammsg');
		expect(call.body.MinTime).toBe(firstSecond);
		expect(call.body.MaxTime).toBe(firstSecond);
		const expected = messages.filter(
			(m) => m.To_Account === 'alice' && m.MsgTimeStamp === firstSecond,
		).length;
		expect(ranged.output('WeChat')).toHaveLength(expected);
	});

	test('a refused page fails naming the API, the code and its meaning', async () => {
		server.inject({ type: 'errorCode', code: 20003 }, 1, 'admin_getroammsg');
		const result = await runChatMessage(server, [{}], { ...history, returnAll: true });
		expect(result.error?.message).toContain('openim/admin_getroammsg failed with ErrorCode 20003');
		expect(result.error?.message).toContain('invalid or was never imported');
	});
});
