import { virtualClock } from '../../../testkit/clock/defaultClock';
import {
	addSubscribersOn,
	ACCOUNT,
	runChat,
	useAccountServer,
	subscribersFromItems,
	users,
} from './chatOfficialAccountHarness';

describe('Chat Official Account > Add Subscribers (n8n engine against a local Tencent Cloud Chat)', () => {
	const server = useAccountServer({}, ['user000001']);
	const run = addSubscribersOn(server);

	test('all input items go out in calls of at most 100, one output item per subscriber with its result', async () => {
		server().unknownUsers.add('user000007');
		const result = await run(users(250).map((userId) => ({ userId })));
		expect(result.error).toBeUndefined();
		expect(
			server()
				.callsTo('add_subscriber')
				.map((call) => (call.body.SubscriberList as unknown[]).length),
		).toEqual([100, 100, 50]);
		const out = result.output('WeChat');
		expect(out).toHaveLength(250);
		expect(out[0]).toMatchObject({
			subscriber: 'user000000',
			status: 'added',
			batch: 1,
			batchCount: 3,
		});
		const paired = result.run.data.resultData.runData.WeChat[0].data!.main[0]!.map(
			(item) => item.pairedItem,
		);
		expect(paired[249]).toEqual({ item: 249 }); // each subscriber pairs with the item it came from
		expect(out[1]).toMatchObject({ subscriber: 'user000001', status: 'alreadySubscribed' });
		expect(out[7]).toMatchObject({ subscriber: 'user000007', status: 'failed' });
		expect(out[7].error).toContain('Result 0');
		expect(out.filter((item) => item.status === 'added')).toHaveLength(248);
		expect(server().accounts.get(ACCOUNT)!.subscribers.size).toBe(249);
	});

	test('the seed request shape is what goes on the wire (Official_Account + SubscriberList of Subscriber_Account)', async () => {
		await run([{ userId: '107867' }, { userId: '966582476' }]);
		const call = server().callsTo('add_subscriber')[0];
		expect(call.body).toEqual({
			Official_Account: ACCOUNT,
			SubscriberList: [{ Subscriber_Account: '107867' }, { Subscriber_Account: '966582476' }],
		});
		expect(call.query).toMatchObject({
			sdkappid: String(server().sdkAppId),
			identifier: 'administrator',
			contenttype: 'json',
		});
		expect(Number(call.query.random)).toBeLessThanOrEqual(0xffffffff);
	});

	test('a list in each item is its own job; repeated and empty UserIDs are dropped', async () => {
		const result = await run([{ ids: ['a', 'b', 'a', ''] }, { ids: 'c, d' }], {
			subscriberSource: 'list',
			subscribers: '={{ $json.ids }}',
		});
		expect(
			server()
				.callsTo('add_subscriber')
				.map((call) => call.body.SubscriberList),
		).toEqual([
			[{ Subscriber_Account: 'a' }, { Subscriber_Account: 'b' }],
			[{ Subscriber_Account: 'c' }, { Subscriber_Account: 'd' }],
		]);
		expect(
			result.run.data.resultData.runData.WeChat[0].data!.main[0]!.map((item) => item.pairedItem),
		).toEqual([{ item: 0 }, { item: 0 }, { item: 1 }, { item: 1 }]);
	});

	test('the subscriber limit (130006) stops the job: exactly which subscribers were and were not processed', async () => {
		server().accounts.get(ACCOUNT)!.info.MaxSubscriberNum = 150;
		server().accounts.get(ACCOUNT)!.subscribers.clear();
		const items = users(350).map((userId) => ({ userId }));
		const oneAtATime = { ...subscribersFromItems, options: { requestsInFlight: 1 } };
		const result = await runChat(server(), items, oneAtATime, {
			settings: { continueOnFail: true },
		});
		expect(result.error).toBeUndefined();
		const out = result.output('WeChat');
		const statuses = (from: number, to: number) => [
			...new Set(out.slice(from, to).map((item) => item.status)),
		];
		expect(statuses(0, 150)).toEqual(['added']);
		expect(statuses(150, 200)).toEqual(['failed']); // Result 0 once the account is full
		expect(statuses(200, 300)).toEqual(['failed']); // batch 3: the whole call refused with 130006
		expect(out[200].error).toContain('130006');
		expect(out[200].error).toContain('maximum number of subscribers');
		expect(statuses(300, 350)).toEqual(['notProcessed']);
		expect(server().callsTo('add_subscriber')).toHaveLength(3);
	});

	test('without Continue On Fail the error names the batch, the code and what was not processed', async () => {
		server().accounts.get(ACCOUNT)!.info.MaxSubscriberNum = 100;
		server().accounts.get(ACCOUNT)!.subscribers.clear();
		const result = await run(
			users(300).map((userId) => ({ userId })),
			{ options: { requestsInFlight: 1 } },
		);
		expect(result.error?.message).toContain('stopped at batch 2 of 3');
		expect(result.error?.message).toContain('ErrorCode 130006');
		expect(String(result.error?.description)).toContain('100 added');
		expect(String(result.error?.description)).toContain('100 failed');
		expect(String(result.error?.description)).toContain(
			'Not processed (never sent): 100, starting with "user000200"',
		);
	});

	test('unknown official account: 130004 with its meaning', async () => {
		const result = await run([{ userId: 'a' }], { officialAccount: '@TOA#_gone' });
		expect(result.error?.message).toContain('ErrorCode 130004');
		expect(result.error?.message).toContain('does not exist');
		expect(result.error?.message).toContain('official_account_open_http_svc/add_subscriber');
	});

	test('rate-limit answers (60019) are backed off and resent', async () => {
		server().inject({ type: 'errorCode', code: 60019 }, 2, 'add_subscriber');
		const result = await run(users(3, 'new').map((userId) => ({ userId })));
		expect(result.error).toBeUndefined();
		expect(server().callsTo('add_subscriber')).toHaveLength(3);
		expect(result.output('WeChat').map((item) => item.status)).toEqual(['added', 'added', 'added']);
	});

	test('HTTP 500 and a reset connection are resent (adding is idempotent); a resent batch reports alreadySubscribed', async () => {
		server().inject({ type: 'http500' }, 1, 'add_subscriber');
		server().inject({ type: 'reset', acted: true }, 1, 'add_subscriber');
		const result = await run(users(2).map((userId) => ({ userId })));
		expect(result.error).toBeUndefined();
		expect(server().callsTo('add_subscriber')).toHaveLength(3);
		expect(result.output('WeChat').map((item) => item.status)).toEqual([
			'alreadySubscribed',
			'alreadySubscribed',
		]);
	});

	test('without Continue On Fail an item without the UserID field stops the run before anything is sent', async () => {
		const result = await run([{ userId: 'a' }, { name: 'no id' }]);
		expect(result.error?.message).toBe('Item 1 has no "userId" field');
		expect(server().callsTo('add_subscriber')).toHaveLength(0);
	});

	test('with Continue On Fail an item without the UserID field or account becomes an error item; the others are added', async () => {
		const result = await run(
			[{ userId: 'a' }, { name: 'no id' }, { userId: 'b', account: '' }, { userId: 'c' }],
			{ officialAccount: `={{ $json.account ?? "${ACCOUNT}" }}` },
			{ settings: { continueOnFail: true } },
		);
		expect(result.error).toBeUndefined();
		expect(
			server()
				.callsTo('add_subscriber')
				.map((call) => call.body.SubscriberList),
		).toEqual([[{ Subscriber_Account: 'a' }, { Subscriber_Account: 'c' }]]);
		const items = result.run.data.resultData.runData.WeChat[0].data!.main[0]!;
		expect(items.map((item) => item.pairedItem)).toEqual([
			{ item: 1 },
			{ item: 2 },
			{ item: 0 },
			{ item: 3 },
		]);
		expect(items[0].json).toEqual({
			error: 'Item 1 has no "userId" field',
			description:
				'Set "UserID Field" to the field that holds the UserID, or remove items without one.',
		});
		expect(items[1].json.error).toBe('Item 2: Official Account ID is required');
		expect(items.slice(2).map((item) => item.json.status)).toEqual(['added', 'added']);
	});

	test('a fixed (not expression) blank account is read once but each item still gets its own error', async () => {
		const result = await run(
			[{ userId: 'a' }, { userId: 'b' }],
			{ officialAccount: '   ' },
			{ settings: { continueOnFail: true } },
		);
		expect(result.error).toBeUndefined();
		expect(server().callsTo('add_subscriber')).toHaveLength(0);
		expect(result.output('WeChat').map((item) => item.error)).toEqual([
			'Item 0: Official Account ID is required',
			'Item 1: Official Account ID is required',
		]);
	});

	test('the UserID Field may be an expression, read for each item', async () => {
		const result = await run(
			[
				{ field: 'a', a: 'user-a' },
				{ field: 'b', b: 'user-b' },
			],
			{ subscriberField: '={{ $json.field }}' },
		);
		expect(result.error).toBeUndefined();
		expect(
			server()
				.callsTo('add_subscriber')
				.map((call) => call.body.SubscriberList),
		).toEqual([[{ Subscriber_Account: 'user-a' }, { Subscriber_Account: 'user-b' }]]);
	});

	test('Remove Subscribers isolates a bad item the same way', async () => {
		const result = await run(
			[{ userId: 'user000001' }, { name: 'no id' }],
			{ operation: 'removeSubscribers' },
			{ settings: { continueOnFail: true } },
		);
		expect(result.error).toBeUndefined();
		expect(result.output('WeChat')).toEqual([
			expect.objectContaining({ error: 'Item 1 has no "userId" field' }),
			expect.objectContaining({ subscriber: 'user000001', status: 'removed' }),
		]);
		expect(server().accounts.get(ACCOUNT)!.subscribers.has('user000001')).toBe(false);
	});

	test('stays under 200 calls a second: 20100 subscribers = 201 calls, no rate-limit answer', async () => {
		server().accounts.get(ACCOUNT)!.info.MaxSubscriberNum = 1_000_000;
		const started = virtualClock().now();
		const result = await run(users(20100).map((userId) => ({ userId })));
		expect(result.error).toBeUndefined();
		const calls = server().callsTo('add_subscriber');
		expect(calls).toHaveLength(201);
		expect(server().calls.filter((call) => call.answer?.ErrorCode === 60019)).toHaveLength(0);
		// At most 200 in any second: the 201st waits for the first to leave the window.
		expect(calls[199].at - started).toBeLessThan(1000);
		expect(calls[200].at - calls[0].at).toBeGreaterThan(1000);
	});
});
