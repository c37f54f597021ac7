import type { FakeTencentChat } from '../../../testkit/servers/fakeTencentChat';
import { batchSizes, pairedItems, useAccountOperation, users } from './chatAccountHarness';

const fromItems = { operation: 'delete', accountSource: 'inputItems', userIdField: 'userId' };

function seed(server: FakeTencentChat, ids: string[]): void {
	for (const id of ids) server.chatUsers.set(id, { id, importedAt: 0 });
}

describe('Chat Account > Delete (n8n engine against a local Tencent Cloud Chat)', () => {
	const { server, run } = useAccountOperation('delete');

	test('calls of at most 100, a result per account: deleted, or notFound for one never imported', async () => {
		seed(
			server(),
			users(230).filter((id) => id !== 'user000005'),
		);
		const result = await run(
			users(230).map((userId) => ({ userId })),
			fromItems,
		);
		expect(result.error).toBeUndefined();
		expect(batchSizes(server(), 'account_delete', 'DeleteItem')).toEqual([100, 100, 30]);
		expect(server().callsTo('account_delete')[0].body.DeleteItem).toEqual(
			users(100).map((UserID) => ({ UserID })),
		);
		expect(server().callsTo('account_delete')[0].path).toBe('/v4/im_open_login_svc/account_delete');
		const out = result.output('WeChat');
		expect(out[5]).toEqual({ userId: 'user000005', status: 'notFound', batch: 1, batchCount: 3 });
		expect(out.filter((item) => item.status === 'deleted')).toHaveLength(229);
		expect(pairedItems(result)[229]).toEqual({ item: 229 });
		expect(server().chatUsers.size).toBe(0);
	});

	test('an account Tencent refuses is failed with its code and meaning; the batch goes on', async () => {
		seed(server(), ['a', 'b']);
		const result = await run([{ userId: 'a' }, { userId: 'bad id' }, { userId: 'b' }], fromItems);
		expect(result.error).toBeUndefined();
		const out = result.output('WeChat');
		expect(out.map((item) => item.status)).toEqual(['deleted', 'failed', 'deleted']);
		expect(out[1]).toMatchObject({ errorCode: 70402 });
		expect(out[1].error).toContain('ErrorCode 70402');
		expect(out[1].error).toContain('Invalid parameter');
	});

	test('a list in each item is its own job, deduplicated', async () => {
		seed(server(), ['a', 'b', 'c']);
		const result = await run([{ ids: ['a', 'b', 'a'] }, { ids: 'c' }], {
			...fromItems,
			accountSource: 'list',
			userIds: '={{ $json.ids }}',
		});
		expect(batchSizes(server(), 'account_delete', 'DeleteItem')).toEqual([2, 1]);
		expect(pairedItems(result)).toEqual([{ item: 0 }, { item: 0 }, { item: 1 }]);
	});

	test('an item without the UserID field stops the run before anything is sent', async () => {
		const result = await run([{ userId: 'a' }, { nope: 1 }], fromItems);
		expect(result.error?.message).toBe('Item 1 has no "userId" field');
		expect(server().callsTo('account_delete')).toHaveLength(0);
	});
});
