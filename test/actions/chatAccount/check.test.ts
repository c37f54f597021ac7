import { batchSizes, useAccountOperation, users } from './chatAccountHarness';

const fromItems = { operation: 'check', accountSource: 'inputItems', userIdField: 'userId' };

describe('Chat Account > Check (n8n engine against a local Tencent Cloud Chat)', () => {
	const { server, run } = useAccountOperation('check');

	test('calls of at most 100; each account imported or notImported', async () => {
		for (const id of users(150).filter((_, i) => i % 2 === 0))
			server().chatUsers.set(id, { id, importedAt: 0 });
		const result = await run(
			users(150).map((userId) => ({ userId })),
			fromItems,
		);
		expect(result.error).toBeUndefined();
		expect(batchSizes(server(), 'account_check', 'CheckItem')).toEqual([100, 50]);
		const out = result.output('WeChat');
		expect(out.slice(0, 2)).toEqual([
			{ userId: 'user000000', status: 'imported', batch: 1, batchCount: 2 },
			{ userId: 'user000001', status: 'notImported', batch: 1, batchCount: 2 },
		]);
		expect(out.filter((item) => item.status === 'imported')).toHaveLength(75);
	});

	test("a ResultCode other than 0 is that account's failure, with Tencent's code and meaning", async () => {
		const result = await run([{ userId: 'x'.repeat(40) }, { userId: 'ok' }], fromItems);
		const out = result.output('WeChat');
		expect(out[0]).toMatchObject({ status: 'failed', errorCode: 70402 });
		expect(out[0].error).toContain('Invalid parameter');
		expect(out[1].status).toBe('notImported');
	});

	test('HTTP 500 is resent: checking is a read', async () => {
		server().inject({ type: 'http500' }, 1, 'account_check');
		const result = await run([{ userId: 'administrator' }], fromItems);
		expect(result.error).toBeUndefined();
		expect(server().callsTo('account_check')).toHaveLength(2);
		expect(result.output('WeChat')[0].status).toBe('imported');
	});
});
