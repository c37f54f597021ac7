import { batchSizes, pairedItems, useAccountOperation, users } from './chatAccountHarness';

const many = {
	importMode: 'many',
	accountSource: 'inputItems',
	userIdField: 'userId',
};

describe('Chat Account > Import (n8n engine against a local Tencent Cloud Chat)', () => {
	const { server, run } = useAccountOperation('import');

	test('many: input items go out in calls of at most 100, one result per account paired with its item', async () => {
		const result = await run(
			users(250).map((userId) => ({ userId })),
			many,
		);
		expect(result.error).toBeUndefined();
		expect(batchSizes(server(), 'multiaccount_import', 'Accounts')).toEqual([100, 100, 50]);
		expect(server().callsTo('multiaccount_import')[0].body.Accounts).toEqual(users(100));
		const out = result.output('WeChat');
		expect(out).toHaveLength(250);
		expect(out[0]).toEqual({ userId: 'user000000', status: 'imported', batch: 1, batchCount: 3 });
		expect(pairedItems(result)[249]).toEqual({ item: 249 });
		expect(server().chatUsers.size).toBe(250);
	});

	test('many: accounts Tencent lists in FailAccounts are failed, each on its own; the others imported', async () => {
		const tooLong = 'x'.repeat(33);
		const result = await run([{ userId: 'a' }, { userId: tooLong }, { userId: 'b' }], many);
		expect(result.error).toBeUndefined();
		const out = result.output('WeChat');
		expect(out.map((item) => item.status)).toEqual(['imported', 'failed', 'imported']);
		expect(out[1].error).toContain('FailAccounts');
		expect(server().chatUsers.has(tooLong)).toBe(false);
	});

	test('many: a refused batch stops the job; the error names the batch, the code and what was never sent', async () => {
		server().inject(
			{ type: 'errorCode', code: 70398, info: 'account num limit' },
			1,
			'multiaccount_import',
		);
		const items = users(300).map((userId) => ({ userId }));
		// Batch 1 refused: batches 2 and 3 are never sent.
		const result = await run(items, {
			...many,
			options: { requestsInFlight: 1 },
		});
		expect(result.error?.message).toContain('multiaccount_import stopped at batch 1 of 3');
		expect(result.error?.message).toContain('ErrorCode 70398');
		expect(result.error?.message).toContain('Account limit');
		expect(String(result.error?.description)).toContain('100 failed, 200 notProcessed');
		expect(String(result.error?.description)).toContain('starting with "user000100"');
		expect(server().callsTo('multiaccount_import')).toHaveLength(1);
	});

	test('many: with Continue On Fail a refused batch is reported per account and the rest as not processed', async () => {
		server().inject({ type: 'errorCode', code: 70398 }, 1, 'multiaccount_import');
		const result = await run(
			users(150).map((userId) => ({ userId })),
			{ ...many, options: { requestsInFlight: 1 } },
			{ settings: { continueOnFail: true } },
		);
		expect(result.error).toBeUndefined();
		const out = result.output('WeChat');
		expect(new Set(out.slice(0, 100).map((item) => item.status))).toEqual(new Set(['failed']));
		expect(new Set(out.slice(100).map((item) => item.status))).toEqual(new Set(['notProcessed']));
	});

	test('many: an unclear outcome is resent (importing is idempotent) and the accounts end up imported once', async () => {
		server().inject({ type: 'reset', acted: true }, 1, 'multiaccount_import');
		const result = await run([{ userId: 'a' }, { userId: 'b' }], many);
		expect(result.error).toBeUndefined();
		expect(server().callsTo('multiaccount_import')).toHaveLength(2);
		expect(result.output('WeChat').map((item) => item.status)).toEqual(['imported', 'imported']);
		expect([...server().chatUsers.keys()]).toEqual(['a', 'b']);
	});

	test('one per item: account_import with the nickname and avatar of each item', async () => {
		const result = await run(
			[
				{ id: 'alice', name: 'Alice', face: 'https://example.com/a.png' },
				{ id: 'bob', name: '', face: '' },
			],
			{
				importMode: 'one',
				userId: '={{ $json.id }}',
				nick: '={{ $json.name }}',
				faceUrl: '={{ $json.face }}',
			},
		);
		expect(result.error).toBeUndefined();
		expect(
			server()
				.callsTo('account_import')
				.map((call) => call.body),
		).toEqual([
			{ UserID: 'alice', Nick: 'Alice', FaceUrl: 'https://example.com/a.png' },
			{ UserID: 'bob' },
		]);
		expect(server().callsTo('account_import')[0].command).toBe('account_import');
		expect(result.output('WeChat')).toEqual([
			{ userId: 'alice', status: 'imported', nick: 'Alice', faceUrl: 'https://example.com/a.png' },
			{ userId: 'bob', status: 'imported' },
		]);
		expect(server().chatUsers.get('alice')).toMatchObject({ nick: 'Alice' });
	});

	test('one per item: an invalid UserID fails with 70402 and its meaning, naming the item', async () => {
		const result = await run([{ id: 'has space' }], {
			importMode: 'one',
			userId: '={{ $json.id }}',
		});
		expect(result.error?.message).toContain('im_open_login_svc/account_import');
		expect(result.error?.message).toContain('ErrorCode 70402');
		expect(result.error?.message).toContain('Invalid parameter');
	});

	test('the request goes to the account service, not the official-account one', async () => {
		await run([{ userId: 'a' }], many);
		expect(server().calls.map((call) => call.path)).toEqual([
			'/v4/im_open_login_svc/multiaccount_import',
		]);
	});
});
