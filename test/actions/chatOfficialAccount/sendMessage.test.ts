import { officialAccountSuite, ACCOUNT } from './officialAccountSuite';
import { runChat } from './chatOfficialAccountHarness';

describe('Chat Official Account operations (n8n engine against a local Tencent Cloud Chat)', () => {
	const suite = officialAccountSuite();
	/** `count` messages already on the account, MsgSeq from `first` on. */
	const seedMessages = (first: number, count: number) => {
		for (let i = 0; i < count; i++)
			suite.server.accounts.get(ACCOUNT)!.messages.push({
				MsgSeq: first + i,
				MsgKey: `${first + i}_1_1`,
				MsgTimeStamp: 1,
				MsgBody: [],
				recalled: false,
			});
	};

	test('send, read history page by page, recall in calls of 10', async () => {
		seedMessages(100, 3);
		const sent = await runChat(suite.server, [{}], {
			operation: 'sendMessage',
			officialAccount: ACCOUNT,
			messageType: 'text',
			text: 'Hello',
		});
		expect(sent.output('WeChat')[0].msgKey).toMatch(/^\d+_1_\d+$/);
		expect(suite.server.callsTo('send_official_account_msg')[0].body.MsgBody).toEqual([
			{ MsgType: 'TIMTextElem', MsgContent: { Text: 'Hello' } },
		]);
		seedMessages(200, 40);
		const history = await runChat(suite.server, [{}], {
			operation: 'getMessages',
			officialAccount: ACCOUNT,
			returnAll: true,
		});
		expect(history.output('WeChat')).toHaveLength(44);
		expect(suite.server.callsTo('official_account_msg_get_simple')).toHaveLength(3);
		const keys = history
			.output('WeChat')
			.slice(0, 12)
			.map((m) => m.MsgKey);
		const recalled = await runChat(suite.server, [{}], {
			operation: 'recallMessages',
			officialAccount: ACCOUNT,
			msgKeys: keys.join(','),
		});
		expect(
			suite.server
				.callsTo('official_account_msg_recall')
				.map((c) => (c.body.MsgKeyList as unknown[]).length),
		).toEqual([10, 2]);
		expect(recalled.output('WeChat').every((r) => r.recalled === true)).toBe(true);
	});

	test('a send with no clear answer (HTTP 500) is never resent: outcome unknown', async () => {
		suite.server.inject({ type: 'http500', acted: true }, 1, 'send_official_account_msg');
		const result = await runChat(suite.server, [{}], {
			operation: 'sendMessage',
			officialAccount: ACCOUNT,
			messageType: 'text',
			text: 'Once',
		});
		expect(result.error?.message).toContain('may or may not have been carried out');
		expect(suite.server.callsTo('send_official_account_msg')).toHaveLength(1);
		expect(suite.server.accounts.get(ACCOUNT)!.messages).toHaveLength(1);
	});
});
