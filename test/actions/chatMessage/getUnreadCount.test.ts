import type { FakeTencentChat } from '../../../testkit/servers/fakeTencentChat';
import { importUsers, runChatMessage, startChatServer } from './chatMessageHarness';

describe('Chat Message > Get Unread Count (n8n engine against a local Tencent Cloud Chat)', () => {
	let server: FakeTencentChat;
	beforeEach(async () => {
		server = await startChatServer();
		importUsers(server, ['shop', 'support', 'alice']);
		const send = (fromAccount: string, count: number) =>
			runChatMessage(
				server,
				Array.from({ length: count }, () => ({})),
				{
					operation: 'send',
					fromAccount,
					toAccount: 'alice',
					text: 'hi',
				},
			);
		await send('shop', 3);
		await send('support', 1);
	});
	afterEach(async () => await server.stop());

	test('every conversation: the total and each peer', async () => {
		const result = await runChatMessage(server, [{}], {
			operation: 'getUnreadCount',
			toAccount: 'alice',
		});
		expect(result.error).toBeUndefined();
		expect(server.callsTo('get_c2c_unread_msg_num')[0].body).toEqual({ To_Account: 'alice' });
		expect(result.output('WeChat')).toEqual([
			{
				account: 'alice',
				totalUnread: 4,
				peers: [
					{ peerAccount: 'shop', unread: 3 },
					{ peerAccount: 'support', unread: 1 },
				],
			},
		]);
	});

	test("given peers only; an unknown peer carries Tencent's code and meaning", async () => {
		const result = await runChatMessage(server, [{}], {
			operation: 'getUnreadCount',
			toAccount: 'alice',
			peerAccounts: 'shop, ghost',
		});
		expect(server.callsTo('get_c2c_unread_msg_num')[0].body.Peer_Account).toEqual([
			'shop',
			'ghost',
		]);
		const [out] = result.output('WeChat');
		expect(out.peers).toEqual([
			{ peerAccount: 'shop', unread: 3 },
			expect.objectContaining({ peerAccount: 'ghost', errorCode: 70107 }),
		]);
	});
});
