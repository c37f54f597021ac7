import { runChatMessage, useChatUsers } from './chatMessageHarness';

describe('Chat Message > Mark Read (n8n engine against a local Tencent Cloud Chat)', () => {
	const server = useChatUsers(['shop', 'alice']);

	test('marks the conversation read (every message, or up to a time); the unread count follows', async () => {
		await runChatMessage(server(), [{}, {}], {
			operation: 'send',
			fromAccount: 'shop',
			toAccount: 'alice',
			text: 'hello',
		});
		const unread = async () =>
			(
				await runChatMessage(server(), [{}], { operation: 'getUnreadCount', toAccount: 'alice' })
			).output('WeChat')[0].totalUnread;
		expect(await unread()).toBe(2);
		const result = await runChatMessage(server(), [{}], {
			operation: 'markRead',
			reportAccount: 'alice',
			peerAccount: 'shop',
		});
		expect(result.error).toBeUndefined();
		expect(server().callsTo('admin_set_msg_read')[0].body).toEqual({
			Report_Account: 'alice',
			Peer_Account: 'shop',
		});
		expect(result.output('WeChat')).toEqual([
			{ account: 'alice', peerAccount: 'shop', status: 'markedRead' },
		]);
		expect(await unread()).toBe(0);

		const upTo = await runChatMessage(server(), [{}], {
			operation: 'markRead',
			reportAccount: 'alice',
			peerAccount: 'shop',
			readTime: '2026-01-01T00:00:00Z',
		});
		expect(server().callsTo('admin_set_msg_read')[1].body.MsgReadTime).toBe(1767225600);
		expect(upTo.output('WeChat')[0].readTime).toBe(1767225600);
	});

	test('an unknown account fails naming the API, the code and its meaning', async () => {
		const result = await runChatMessage(server(), [{}], {
			operation: 'markRead',
			reportAccount: 'ghost',
			peerAccount: 'shop',
		});
		expect(result.error?.message).toContain(
			'openim/admin_set_msg_read failed with ErrorCode 20003',
		);
		expect(result.error?.message).toContain('never imported');
	});
});
