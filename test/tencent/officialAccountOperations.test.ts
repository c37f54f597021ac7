import { virtualClock } from '../../testkit/clock/defaultClock';
import { resetTransport } from '../../testkit/engine/nodeTransport';
import type { FakeTencentChat } from '../../testkit/servers/fakeTencentChat';
import { runChat, startChatServer, users } from './chatHarness';

const ACCOUNT = '@TOA#_news';

describe('Chat Official Account operations (n8n engine against a local Tencent Cloud Chat)', () => {
	let server: FakeTencentChat;
	beforeEach(async () => {
		server = await startChatServer();
		server.addAccount(ACCOUNT, { Name: 'News' }, users(450));
	});
	afterEach(async () => await server.stop());

	test('create with a generated and a custom ID; a used ID answers 130008', async () => {
		const made = await runChat(server, [{}], {
			operation: 'create',
			ownerAccount: 'owner',
			name: 'Offers',
		});
		expect(made.output('WeChat')[0].officialAccount).toMatch(/^@TOA#_/);
		const custom = await runChat(server, [{}], {
			operation: 'create',
			ownerAccount: 'owner',
			name: 'Mine',
			additionalFields: { OfficialAccountUserID: '@TOA#_mine', MaxSubscriberNum: 10 },
		});
		expect(custom.output('WeChat')[0]).toEqual({ officialAccount: '@TOA#_mine' });
		expect(server.accounts.get('@TOA#_mine')!.info.MaxSubscriberNum).toBe(10);
		const again = await runChat(server, [{}], {
			operation: 'create',
			ownerAccount: 'owner',
			name: 'Mine',
			additionalFields: { OfficialAccountUserID: '@TOA#_mine' },
		});
		expect(again.error?.message).toContain('ErrorCode 130008');
	});

	test('update sends only the fields set; get reads 60 accounts in calls of 50; delete, then 130004', async () => {
		await runChat(server, [{}], {
			operation: 'update',
			officialAccount: ACCOUNT,
			updateFields: { Introduction: 'Daily news' },
		});
		expect(server.callsTo('modify_official_account_base_info')[0].body).toEqual({
			Official_Account: ACCOUNT,
			Introduction: 'Daily news',
		});
		const ids = [ACCOUNT, ...Array.from({ length: 59 }, (_, i) => `@TOA#_x${i}`)];
		ids.slice(1).forEach((id) => server.addAccount(id));
		const got = await runChat(server, [{}], { operation: 'get', officialAccounts: ids.join(',') });
		expect(
			server
				.callsTo('get_official_account_info')
				.map((c) => (c.body.OfficialAccountIdList as unknown[]).length),
		).toEqual([50, 10]);
		expect(got.output('WeChat')[0]).toMatchObject({
			Official_Account: ACCOUNT,
			Introduction: 'Daily news',
			SubscriberNum: 450,
		});
		await runChat(server, [{}], { operation: 'delete', officialAccount: ACCOUNT });
		expect(server.accounts.has(ACCOUNT)).toBe(false);
		const gone = await runChat(server, [{}], { operation: 'delete', officialAccount: ACCOUNT });
		expect(gone.error?.message).toContain('ErrorCode 130004');
	});

	test('get subscribers follows Next (200 a page) for Return All, and stops at the Limit', async () => {
		const all = await runChat(server, [{}], {
			operation: 'getSubscribers',
			officialAccount: ACCOUNT,
			returnAll: true,
		});
		expect(all.output('WeChat')).toHaveLength(450);
		expect(server.callsTo('get_subscriber_info').map((c) => c.body.Limit)).toEqual([200, 200, 200]);
		server.calls.length = 0;
		const some = await runChat(server, [{}], {
			operation: 'getSubscribers',
			officialAccount: ACCOUNT,
			returnAll: false,
			limit: 250,
		});
		expect(some.output('WeChat')).toHaveLength(250);
		expect(server.callsTo('get_subscriber_info').map((c) => c.body.Limit)).toEqual([200, 50]);
	});

	test('a cursor that does not advance stops with an error instead of looping', async () => {
		server.stuckCursor = 'MjAw';
		const result = await runChat(server, [{}], {
			operation: 'getSubscribers',
			officialAccount: ACCOUNT,
			returnAll: true,
		});
		expect(result.error?.message).toContain('again after 2 pages');
		expect(server.callsTo('get_subscriber_info')).toHaveLength(2);
	});

	test('subscribed accounts of a user, remove subscribers in calls of 100, update a subscriber', async () => {
		server.addAccount('@TOA#_b', {}, ['user000003']);
		const subscribed = await runChat(server, [{}], {
			operation: 'getSubscribedAccounts',
			subscriber: 'user000003',
			returnAll: true,
		});
		expect(subscribed.output('WeChat').map((a) => a.Official_Account)).toEqual([
			ACCOUNT,
			'@TOA#_b',
		]);
		const removed = await runChat(server, [{}], {
			operation: 'removeSubscribers',
			officialAccount: ACCOUNT,
			subscriberSource: 'list',
			subscribers: [...users(150), 'stranger'].join(','),
		});
		expect(
			server
				.callsTo('delete_subscriber')
				.map((c) => (c.body.SubscriberToDel_Account as unknown[]).length),
		).toEqual([100, 51]);
		expect(removed.output('WeChat').at(-1)).toMatchObject({
			subscriber: 'stranger',
			status: 'notSubscribed',
		});
		expect(server.accounts.get(ACCOUNT)!.subscribers.size).toBe(300);
		await runChat(server, [{}], {
			operation: 'updateSubscriber',
			officialAccount: ACCOUNT,
			subscriber: 'user000200',
			customString: 'vip',
		});
		expect(server.accounts.get(ACCOUNT)!.subscribers.get('user000200')!.CustomString).toBe('vip');
	});

	test('send, read history page by page, recall in calls of 10', async () => {
		for (let i = 0; i < 3; i++)
			server.accounts.get(ACCOUNT)!.messages.push({
				MsgSeq: 100 + i,
				MsgKey: `${100 + i}_1_1`,
				MsgTimeStamp: 1,
				MsgBody: [],
				recalled: false,
			});
		const sent = await runChat(server, [{}], {
			operation: 'sendMessage',
			officialAccount: ACCOUNT,
			messageType: 'text',
			text: 'Hello',
		});
		expect(sent.output('WeChat')[0].msgKey).toMatch(/^\d+_1_\d+$/);
		expect(server.callsTo('send_official_account_msg')[0].body.MsgBody).toEqual([
			{ MsgType: 'TIMTextElem', MsgContent: { Text: 'Hello' } },
		]);
		for (let i = 0; i < 40; i++)
			server.accounts.get(ACCOUNT)!.messages.push({
				MsgSeq: 200 + i,
				MsgKey: `${200 + i}_1_1`,
				MsgTimeStamp: 1,
				MsgBody: [],
				recalled: false,
			});
		const history = await runChat(server, [{}], {
			operation: 'getMessages',
			officialAccount: ACCOUNT,
			returnAll: true,
		});
		expect(history.output('WeChat')).toHaveLength(44);
		expect(server.callsTo('official_account_msg_get_simple')).toHaveLength(3);
		const keys = history
			.output('WeChat')
			.slice(0, 12)
			.map((m) => m.MsgKey);
		const recalled = await runChat(server, [{}], {
			operation: 'recallMessages',
			officialAccount: ACCOUNT,
			msgKeys: keys.join(','),
		});
		expect(
			server
				.callsTo('official_account_msg_recall')
				.map((c) => (c.body.MsgKeyList as unknown[]).length),
		).toEqual([10, 2]);
		expect(recalled.output('WeChat').every((r) => r.recalled === true)).toBe(true);
	});

	test('a send with no clear answer (HTTP 500) is never resent: outcome unknown', async () => {
		server.inject({ type: 'http500', acted: true }, 1, 'send_official_account_msg');
		const result = await runChat(server, [{}], {
			operation: 'sendMessage',
			officialAccount: ACCOUNT,
			messageType: 'text',
			text: 'Once',
		});
		expect(result.error?.message).toContain('may or may not have been carried out');
		expect(server.callsTo('send_official_account_msg')).toHaveLength(1);
		expect(server.accounts.get(ACCOUNT)!.messages).toHaveLength(1);
	});

	test('a read left unanswered past the timeout is retried', async () => {
		resetTransport({ timeoutMs: 300 });
		server.inject({ type: 'noAnswer' }, 1, 'get_subscriber_info');
		const result = await runChat(server, [{}], {
			operation: 'getSubscribers',
			officialAccount: ACCOUNT,
			returnAll: false,
			limit: 5,
		});
		expect(result.error).toBeUndefined();
		expect(server.callsTo('get_subscriber_info')).toHaveLength(2);
	});
});

describe('Tencent Cloud Chat authentication (UserSig really checked by the fake server)', () => {
	let server: FakeTencentChat;
	beforeEach(async () => {
		server = await startChatServer();
		server.addAccount(ACCOUNT);
	});
	afterEach(async () => await server.stop());
	const getInfo = { operation: 'get', officialAccounts: ACCOUNT };

	test('an expired UserSig (70001) is renewed once and the call resent', async () => {
		await runChat(server, [{}], getInfo);
		server.userSigNotBefore = Math.floor(virtualClock().now() / 1000) + 1;
		await virtualClock().sleep(1100);
		server.calls.length = 0;
		const result = await runChat(server, [{}], getInfo);
		expect(result.error).toBeUndefined();
		expect(server.calls.map((c) => c.answer?.ErrorCode)).toEqual([70001, 0]);
		expect(server.calls[0].query.usersig).not.toBe(server.calls[1].query.usersig);
	});

	test('70001 again after renewing (server clock far ahead) is reported, not looped', async () => {
		server.clockOffsetSeconds = 3 * 86400;
		const result = await runChat(server, [{}], getInfo);
		expect(result.error?.message).toContain('ErrorCode 70001 (UserSig expired');
		expect(server.calls).toHaveLength(2);
	});

	test('a wrong Secret Key (70009) and an SDKAppID of another region (70020) are explained', async () => {
		const wrongKey = await runChat(server, [{}], getInfo, {
			credentials: { secretKey: 'not-the-key' },
		});
		expect(wrongKey.error?.message).toContain('ErrorCode 70009');
		expect(wrongKey.error?.message).not.toContain('not-the-key');
		const otherRegion = await runChat(server, [{}], getInfo, {
			credentials: { sdkAppId: 1400000999 },
		});
		expect(otherRegion.error?.message).toContain('ErrorCode 70020');
		expect(otherRegion.error?.message).toContain('pick the region where it was created');
	});

	test('a non-admin identifier answers 90009', async () => {
		const result = await runChat(server, [{}], getInfo, {
			credentials: { adminIdentifier: 'alice' },
		});
		expect(result.error?.message).toContain('ErrorCode 90009');
	});
});
