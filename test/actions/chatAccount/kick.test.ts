import { setChatPresence } from '../../../testkit/servers/fakeTencent/chatAccountRoutes';
import type { FakeTencentChat } from '../../../testkit/servers/fakeTencentChat';
import { runChatAccount, startChatServer } from './chatAccountHarness';

const fromItems = { operation: 'kick', accountSource: 'inputItems', userIdField: 'userId' };

describe('Chat Account > Kick (n8n engine against a local Tencent Cloud Chat)', () => {
	let server: FakeTencentChat;
	beforeEach(async () => {
		server = await startChatServer();
		for (const id of ['a', 'b']) server.chatUsers.set(id, { id, importedAt: 0 });
		setChatPresence(server, 'a', [{ Platform: 'iPhone', Status: 'Online' }]);
	});
	afterEach(async () => await server.stop());

	test('one call per account; an account never imported is failed with 70107 and the others go on', async () => {
		const result = await runChatAccount(
			server,
			[{ userId: 'a' }, { userId: 'ghost' }, { userId: 'b' }],
			fromItems,
		);
		expect(result.error).toBeUndefined();
		expect(server.callsTo('kick').map((call) => call.body)).toEqual([
			{ UserID: 'a' },
			{ UserID: 'ghost' },
			{ UserID: 'b' },
		]);
		expect(server.callsTo('kick')[0].path).toBe('/v4/im_open_login_svc/kick');
		const out = result.output('WeChat');
		expect(out.map((item) => item.status)).toEqual(['kicked', 'failed', 'kicked']);
		expect(out[1]).toMatchObject({ userId: 'ghost', errorCode: 70107, batch: 2, batchCount: 3 });
		expect(out[1].error).toContain('never imported');
	});

	test('a kicked user is offline afterwards', async () => {
		await runChatAccount(server, [{ userId: 'a' }], fromItems);
		const status = await runChatAccount(server, [{ userId: 'a' }], {
			...fromItems,
			operation: 'getOnlineStatus',
		});
		expect(status.output('WeChat')[0].status).toBe('offline');
	});

	test('a dropped connection is resent (a second kick changes nothing)', async () => {
		server.inject({ type: 'reset', acted: true }, 1, 'kick');
		const result = await runChatAccount(server, [{ userId: 'a' }], fromItems);
		expect(result.error).toBeUndefined();
		expect(server.callsTo('kick')).toHaveLength(2);
		expect(result.output('WeChat')[0].status).toBe('kicked');
	});
});
