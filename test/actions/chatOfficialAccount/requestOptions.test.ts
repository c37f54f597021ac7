import { virtualClock } from '../../../testkit/clock/defaultClock';
import {
	addSubscribersOn,
	ACCOUNT,
	runChat,
	useAccountServer,
	users,
} from './chatOfficialAccountHarness';

const create = (inFlight: number) => ({
	operation: 'create',
	ownerAccount: 'owner',
	name: '={{ $json.name }}',
	additionalFields: { OfficialAccountUserID: '={{ $json.id }}' },
	options: { requestsInFlight: inFlight },
});
const accounts = (count: number) =>
	Array.from({ length: count }, (_, i) => ({ id: `@TOA#_shop${i}`, name: `Shop ${i}` }));

/** Requests in Flight, through n8n's engine against the local Tencent Cloud Chat. */
describe('Chat Official Account: several requests in flight', () => {
	const server = useAccountServer({ MaxSubscriberNum: 1_000_000 });
	const run = addSubscribersOn(server);

	test('batches go out several at a time; results come back in input order with their pairedItem', async () => {
		server().latency = { ms: 300 };
		const ids = users(1000);
		const result = await run(
			ids.map((userId) => ({ userId })),
			{ options: { requestsInFlight: 4 } },
		);
		expect(server().inFlight.most).toBe(4); // 10 calls, never more than 4 at once
		expect(result.error).toBeUndefined();
		const out = result.output('WeChat');
		expect(out.map((item) => item.subscriber)).toEqual(ids);
		expect(out.map((item) => item.batch)).toEqual(ids.map((_, i) => Math.floor(i / 100) + 1));
		expect(new Set(out.map((item) => item.status))).toEqual(new Set(['added']));
		const items = result.run.data.resultData.runData.WeChat[0].data!.main[0]!;
		expect(items.map((item) => item.pairedItem)).toEqual(ids.map((_, item) => ({ item })));
	});

	test('a failed batch stops new batches; batches in flight finish and are reported, the rest notProcessed', async () => {
		// Batch 1 fails at once while batches 2-10 are still in flight (they answer late).
		server().inject({ type: 'errorCode', code: 130006 }, 1, 'add_subscriber');
		server().inject({ type: 'slow', ms: 300 }, 9, 'add_subscriber');
		const ids = users(1500);
		const result = await run(
			ids.map((userId) => ({ userId })),
			{ options: { requestsInFlight: 10 } },
			{ settings: { continueOnFail: true } },
		);
		expect(result.error).toBeUndefined();
		expect(server().callsTo('add_subscriber')).toHaveLength(10); // none started after the failure
		const out = result.output('WeChat');
		expect(out.map((item) => item.subscriber)).toEqual(ids);
		const statuses = (from: number, to: number) => [
			...new Set(out.slice(from, to).map((item) => item.status)),
		];
		expect(statuses(0, 100)).toEqual(['failed']);
		expect(out[0].error).toContain('ErrorCode 130006');
		expect(statuses(100, 1000)).toEqual(['added']);
		expect(statuses(1000, 1500)).toEqual(['notProcessed']);
		expect(server().accounts.get(ACCOUNT)!.subscribers.size).toBe(900);
	});

	test('per-item calls: a failure stops new items, those in flight finish, and the error says what each became', async () => {
		server().addAccount('@TOA#_shop2'); // item 2's ID is taken: 130008
		server().inject({ type: 'slow', ms: 300 }, 2, 'create_official_account'); // items 0 and 1
		server().inject({ type: 'errorCode', code: 130008 }, 1, 'create_official_account');
		server().inject({ type: 'slow', ms: 300 }, 2, 'create_official_account'); // items 3 and 4
		const result = await runChat(server(), accounts(20), create(5));
		expect(server().callsTo('create_official_account')).toHaveLength(5);
		expect(result.error?.message).toContain('ErrorCode 130008');
		expect(String(result.error?.description)).toMatch(
			/2 earlier item\(s\) were done; the 15 later item\(s\) were not tried\. Already in flight when it failed, and finished: item 3 done; item 4 done\.$/,
		);
		for (const i of [0, 1, 3, 4]) expect(server().accounts.has(`@TOA#_shop${i}`)).toBe(true);
		expect(server().accounts.has('@TOA#_shop5')).toBe(false);
	});

	test('an unclear create in flight is reported once and never resent; the others are created (Continue On Fail)', async () => {
		server().latency = { ms: 50 };
		server().inject({ type: 'http500', acted: true }, 1, 'create_official_account');
		const result = await runChat(server(), accounts(10), create(5), {
			settings: { continueOnFail: true },
		});
		expect(result.error).toBeUndefined();
		expect(server().callsTo('create_official_account')).toHaveLength(10);
		const items = result.run.data.resultData.runData.WeChat[0].data!.main[0]!;
		expect(items.map((item) => item.pairedItem)).toEqual(accounts(10).map((_, item) => ({ item })));
		const unclear = items.filter((item) => /no clear answer/.test(String(item.json.error)));
		expect(unclear).toHaveLength(1);
		expect(items.filter((item) => item.json.officialAccount)).toHaveLength(9);
		expect(server().accounts.size).toBe(11); // the unclear one was created: resending would fail or duplicate
	});

	test('never more than 200 calls in any second per SDKAppID, however many are in flight', async () => {
		server().latency = { ms: 5 };
		const started = virtualClock().now();
		const result = await runChat(server(), accounts(450), create(50));
		expect(result.error).toBeUndefined();
		const calls = server().callsTo('create_official_account');
		expect(calls).toHaveLength(450);
		expect(calls.filter((call) => call.answer?.ErrorCode === 60019)).toHaveLength(0);
		expect(server().inFlight.most).toBe(50);
		const arrivals = calls.map((call) => call.at).sort((a, b) => a - b);
		let busiest = 0;
		for (let first = 0, last = 0; last < arrivals.length; last++) {
			while (arrivals[last] - arrivals[first] >= 1000) first++;
			busiest = Math.max(busiest, last - first + 1);
		}
		expect(busiest).toBe(200);
		expect(arrivals[449] - started).toBeGreaterThan(2000); // 450 calls at 200 in any second
	});
});
