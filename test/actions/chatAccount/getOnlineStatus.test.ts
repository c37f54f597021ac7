import { setChatPresence } from '../../../testkit/servers/fakeTencent/chatAccountRoutes';
import type { FakeTencentChat } from '../../../testkit/servers/fakeTencentChat';
import {
	batchSizes,
	pairedItems,
	runChatAccount,
	startChatServer,
	users,
} from './chatAccountHarness';

const fromItems = {
	operation: 'getOnlineStatus',
	accountSource: 'inputItems',
	userIdField: 'userId',
};

describe('Chat Account > Get Online Status (n8n engine against a local Tencent Cloud Chat)', () => {
	let server: FakeTencentChat;
	beforeEach(async () => {
		server = await startChatServer();
		for (const id of users(1200)) server.chatUsers.set(id, { id, importedAt: 0 });
		setChatPresence(server, 'user000001', [{ Platform: 'Android', Status: 'Online' }]);
		setChatPresence(server, 'user000002', [{ Platform: 'iPhone', Status: 'PushOnline' }]);
	});
	afterEach(async () => await server.stop());

	test('calls of at most 500; each account online, pushOnline or offline', async () => {
		const result = await runChatAccount(
			server,
			users(1200).map((userId) => ({ userId })),
			fromItems,
		);
		expect(result.error).toBeUndefined();
		expect(batchSizes(server, 'query_online_status', 'To_Account')).toEqual([500, 500, 200]);
		const call = server.callsTo('query_online_status')[0];
		expect(call.path).toBe('/v4/openim/query_online_status');
		expect(call.body.IsNeedDetail).toBeUndefined();
		const out = result.output('WeChat');
		expect(out.slice(0, 3).map((item) => item.status)).toEqual(['offline', 'online', 'pushOnline']);
		expect(out[1]).toEqual({ userId: 'user000001', status: 'online', batch: 1, batchCount: 3 });
		expect(pairedItems(result)[1199]).toEqual({ item: 1199 });
	});

	test('Include Devices asks for the detail and adds each device', async () => {
		const result = await runChatAccount(server, [{ userId: 'user000001' }], {
			...fromItems,
			includeDevices: true,
		});
		expect(server.callsTo('query_online_status')[0].body.IsNeedDetail).toBe(1);
		expect(result.output('WeChat')[0]).toMatchObject({
			status: 'online',
			devices: [{ Platform: 'Android', Status: 'Online' }],
		});
	});

	test("an account in Tencent's ErrorList is failed with its code and meaning", async () => {
		const result = await runChatAccount(
			server,
			[{ userId: 'ghost' }, { userId: 'user000001' }],
			fromItems,
		);
		const out = result.output('WeChat');
		expect(out[0]).toMatchObject({ userId: 'ghost', status: 'failed', errorCode: 70107 });
		expect(out[0].error).toContain('never imported');
		expect(out[1].status).toBe('online');
	});

	test('a rate-limit refusal (60019) is waited out and resent', async () => {
		server.inject({ type: 'errorCode', code: 60019 }, 1, 'query_online_status');
		const result = await runChatAccount(server, [{ userId: 'user000001' }], fromItems);
		expect(result.error).toBeUndefined();
		expect(server.callsTo('query_online_status')).toHaveLength(2);
	});
});
