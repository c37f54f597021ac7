import { chatMessageState } from '../../../testkit/servers/fakeTencent/chatMessageRoutes';
import { runChatMessage, useChatUsers } from './chatMessageHarness';

describe('Chat Message > Recall (n8n engine against a local Tencent Cloud Chat)', () => {
	const server = useChatUsers(['shop', 'alice']);

	test("a message sent by Send is recalled by its MsgKey from Send's output", async () => {
		const sent = await runChatMessage(server(), [{}], {
			operation: 'send',
			fromAccount: 'shop',
			toAccount: 'alice',
			text: 'wrong price',
		});
		const { msgKey } = sent.output('WeChat')[0];
		const result = await runChatMessage(server(), [{ msgKey }], {
			operation: 'recall',
			fromAccount: 'shop',
			toAccount: 'alice',
			msgKey: '={{ $json.msgKey }}',
		});
		expect(result.error).toBeUndefined();
		expect(server().callsTo('admin_msgwithdraw')[0].body).toEqual({
			From_Account: 'shop',
			To_Account: 'alice',
			MsgKey: msgKey,
		});
		expect(result.output('WeChat')).toEqual([
			{ fromAccount: 'shop', toAccount: 'alice', msgKey, status: 'recalled' },
		]);
		expect(chatMessageState(server()).messages[0].recalled).toBe(true);
	});

	test('a missing message fails naming the API, the code and its meaning; with Continue On Fail it is an error item', async () => {
		const params = { operation: 'recall', fromAccount: 'shop', toAccount: 'alice', msgKey: 'nope' };
		const result = await runChatMessage(server(), [{}], params);
		expect(result.error?.message).toContain('Tencent Cloud Chat openim/admin_msgwithdraw failed');
		expect(result.error?.message).toContain('ErrorCode 10030');
		expect(result.error?.message).toContain('The message to recall does not exist');
		const kept = await runChatMessage(server(), [{}], params, {
			settings: { continueOnFail: true },
		});
		expect(String(kept.output('WeChat')[0].error)).toContain('ErrorCode 10030');
	});
});
