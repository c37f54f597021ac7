import { chatMessageState } from '../../../testkit/servers/fakeTencent/chatMessageRoutes';
import { importUsers, runChatMessage, useChatUsers } from './chatMessageHarness';

const send = { operation: 'send', toAccount: '={{ $json.to }}' };

describe('Chat Message > Send (n8n engine against a local Tencent Cloud Chat)', () => {
	const server = useChatUsers(['shop', 'alice', 'bob']);

	test('text: the body is built from the fields, with a fresh MsgRandom, sync and offline push fields', async () => {
		const result = await runChatMessage(server(), [{ to: 'alice' }, { to: 'bob' }], {
			...send,
			fromAccount: 'shop',
			messageType: 'text',
			text: 'Your order shipped',
			options: {
				msgLifeTime: 3600,
				pushTitle: 'Order update',
				pushDescription: 'Your order shipped',
				pushExtension: '{"order":1}',
				syncToSender: false,
			},
		});
		expect(result.error).toBeUndefined();
		const calls = server().callsTo('sendmsg');
		expect(calls).toHaveLength(2);
		expect(calls[0].path).toBe('/v4/openim/sendmsg');
		const { MsgRandom, ...body } = calls[0].body;
		expect(body).toEqual({
			From_Account: 'shop',
			To_Account: 'alice',
			SyncOtherMachine: 2,
			MsgLifeTime: 3600,
			MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'Your order shipped' } }],
			OfflinePushInfo: {
				Title: 'Order update',
				Desc: 'Your order shipped',
				Ext: '{"order":1}',
			},
		});
		expect(Number.isInteger(MsgRandom)).toBe(true);
		expect(calls[1].body.MsgRandom).not.toBe(MsgRandom);
		const out = result.output('WeChat');
		const stored = chatMessageState(server()).messages;
		expect(out[0]).toEqual({
			fromAccount: 'shop',
			toAccount: 'alice',
			status: 'sent',
			msgKey: stored[0].MsgKey,
			msgTime: stored[0].MsgTimeStamp,
			msgRandom: MsgRandom,
		});
	});

	test('custom: Data, Description and Extension make a TIMCustomElem; no sender sends as the administrator', async () => {
		const result = await runChatMessage(server(), [{ to: 'alice' }], {
			...send,
			messageType: 'custom',
			customData: '{"type":"live"}',
			customDesc: 'We are live',
			customExt: 'room=1',
		});
		expect(result.error).toBeUndefined();
		const [call] = server().callsTo('sendmsg');
		expect(call.body.From_Account).toBeUndefined();
		expect(call.body.SyncOtherMachine).toBe(1);
		expect(call.body.MsgBody).toEqual([
			{
				MsgType: 'TIMCustomElem',
				MsgContent: { Data: '{"type":"live"}', Desc: 'We are live', Ext: 'room=1' },
			},
		]);
		expect(chatMessageState(server()).messages[0].From_Account).toBe('administrator');
	});

	test('Message Body (JSON) sends any MsgBody as given; a body that is not an element array, or a text element with no Text, names the field before sending', async () => {
		const msgBody = [
			{ MsgType: 'TIMTextElem', MsgContent: { Text: 'hi' } },
			{ MsgType: 'TIMFaceElem', MsgContent: { Index: 1, Data: 'smile' } },
		];
		const ok = await runChatMessage(server(), [{ to: 'bob' }], {
			...send,
			messageType: 'msgBody',
			msgBody: JSON.stringify(msgBody),
		});
		expect(ok.error).toBeUndefined();
		expect(server().callsTo('sendmsg')[0].body.MsgBody).toEqual(msgBody);
		const bad = await runChatMessage(server(), [{ to: 'bob' }], {
			...send,
			messageType: 'msgBody',
			msgBody: '{"Text":"no array"}',
		});
		expect(bad.error?.message).toContain('Message Body must be a non-empty array of TIM elements');
		const textless = await runChatMessage(server(), [{ to: 'bob' }], {
			...send,
			messageType: 'msgBody',
			msgBody: '[{"MsgType":"TIMTextElem","MsgContent":{"text":"lower case"}}]',
		});
		expect(textless.error?.message).toContain(
			'Message Body element 1 is a TIMTextElem with no Text string',
		);
		expect(server().callsTo('sendmsg')).toHaveLength(1);
	});

	test('an unknown recipient fails with the API, the code, its meaning and the item', async () => {
		const result = await runChatMessage(server(), [{ to: 'alice' }, { to: 'nobody' }], {
			...send,
			text: 'hi',
		});
		expect(result.error?.message).toContain('Tencent Cloud Chat openim/sendmsg failed');
		expect(result.error?.message).toContain('ErrorCode 20003');
		expect(result.error?.message).toContain('invalid or was never imported');
		expect(JSON.stringify(result.error)).toContain('"itemIndex":1');
	});

	test('an unclear outcome (connection dropped after Tencent acted) is never resent', async () => {
		server().inject({ type: 'reset', acted: true }, 1, 'sendmsg');
		const result = await runChatMessage(server(), [{ to: 'alice' }], { ...send, text: 'hi' });
		expect(result.error?.message).toContain('openim/sendmsg: no clear answer');
		expect(result.error?.message).toContain('not resent');
		expect(server().callsTo('sendmsg')).toHaveLength(1);
		expect(chatMessageState(server()).messages).toHaveLength(1);
	});

	test("Tencent's 200 calls a second: 450 sends are paced, none refused, over more than 2 s of the clock", async () => {
		const ids = Array.from({ length: 450 }, (_, i) => `u${i}`);
		importUsers(server(), ids);
		const result = await runChatMessage(
			server(),
			ids.map((to) => ({ to })),
			{ ...send, text: 'hi' },
		);
		expect(result.error).toBeUndefined();
		const calls = server().callsTo('sendmsg');
		expect(calls).toHaveLength(450);
		expect(calls.every((call) => call.answer?.ErrorCode === 0)).toBe(true);
		for (let i = 200; i < calls.length; i++)
			expect(calls[i].at - calls[i - 200].at).toBeGreaterThanOrEqual(1000);
	});
});
