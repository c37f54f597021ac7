import { virtualClock } from '../../../testkit/clock/defaultClock';
import { secretsOf } from '../../../testkit/servers/fakeWeChat/credentials';
import { makeFollowers } from '../../../testkit/servers/fakeWeChat/liveRoutes';
import { useLiveWeChat } from '../liveHarness';
import { runOnWeChat } from '../operationHarness';

const FOLLOWERS = '/wxa/business/get_wxa_followers';
const PUSH = '/wxa/business/push_message';
const room = (value: number | string, mode = 'id') => ({ __rl: true as const, mode, value });

describe('Live Message > Push to All Followers (through the n8n engine, against a local WeChat)', () => {
	const weChat = useLiveWeChat([1, 2, 3]);

	const pushAll = (
		roomId: string | ReturnType<typeof room>,
		settings = {},
		items: object[] = [{}],
	) =>
		runOnWeChat(
			weChat().server,
			{ resource: 'liveMessage', operation: 'pushToAllFollowers', roomId },
			{ items: items as never, settings },
		);

	test("reads every follower page once and pushes the room's followers in batches of 2000, paced", async () => {
		weChat().live.followers = makeFollowers(10000, [1, 2]); // 5000 in room 1
		const started = virtualClock().now();
		const result = await pushAll(room(1));
		expect(result.error).toBeUndefined();
		expect(virtualClock().now() - started).toBeGreaterThan(2000); // 5000 openids at 2000 a second
		expect(
			weChat()
				.server.callsTo(FOLLOWERS)
				.map((call) => call.body.limit),
		).toEqual([2000, 2000, 2000, 2000, 2000, 2000]);
		expect(
			weChat()
				.server.callsTo(PUSH)
				.map((call) => (call.body.user_openid as string[]).length),
		).toEqual([2000, 2000, 1000]);
		const pushed = weChat().live.pushes.flatMap((push) => push.openids);
		expect(pushed).toEqual(
			weChat()
				.live.followers.filter((follower) => follower.room_id === 1)
				.map((follower) => follower.openid),
		);
		expect(weChat().live.pushes.every((push) => push.roomId === 1)).toBe(true);
		const reports = result.output('WeChat');
		expect(
			reports.map((report) => [
				report.batch,
				report.batchCount,
				report.status,
				report.firstIndex,
				report.lastIndex,
			]),
		).toEqual([
			[1, 3, 'accepted', 1, 2000],
			[2, 3, 'accepted', 2001, 4000],
			[3, 3, 'accepted', 4001, 5000],
		]);
		expect(reports.map((report) => report.messageId)).toEqual(
			weChat().live.pushes.map((push) => push.messageId),
		);
	});

	test('items naming the same room push it once, paired with all of them; other rooms get their own job', async () => {
		weChat().live.followers = makeFollowers(30, [1, 2, 3]);
		const result = await pushAll('={{ $json.room }}', {}, [{ room: 2 }, { room: 1 }, { room: 2 }]);
		expect(weChat().live.pushes.map((push) => [push.roomId, push.openids.length])).toEqual([
			[2, 10],
			[1, 10],
		]);
		expect(weChat().server.callsTo(FOLLOWERS)).toHaveLength(2);
		expect(
			result.run.data.resultData.runData.WeChat[0].data!.main[0]!.map((item) => item.pairedItem),
		).toEqual([[{ item: 0 }, { item: 2 }], [{ item: 1 }]]);
	});

	test('a room without followers pushes nothing and says so', async () => {
		weChat().live.followers = makeFollowers(10, [1]);
		const result = await pushAll(room(3, 'list'));
		expect(result.output('WeChat')).toEqual([{ roomId: 3, status: 'noFollowers', count: 0 }]);
		expect(weChat().server.callsTo(PUSH)).toHaveLength(0);
	});

	test('a rejected batch stops the push with the exact per-batch account, nothing resent', async () => {
		weChat().live.followers = makeFollowers(5000, [1]);
		weChat().server.injectFault(PUSH, { kind: 'delay', ms: 0 });
		weChat().server.injectFault(PUSH, {
			kind: 'errcode',
			errcode: 300036,
			errmsg: 'room not exist',
		});
		const result = await pushAll(room(1));
		expect(weChat().server.callsTo(PUSH)).toHaveLength(2);
		expect(result.error?.message).toMatch(
			/Push to room 1 stopped at batch 2 of 3: .*errcode 300036/,
		);
		const description = (result.error as { description?: string }).description;
		expect(description).toBe(
			'Accepted by WeChat: batch 1 (openids 1-2000); 2000 openids. Rejected, nothing delivered: batch 2 (openids 2001-4000); 2000 openids. ' +
				'Not sent: batch 3 (openids 4001-5000); 1000 openids',
		);
	});

	test('a lost answer is outcome-unknown and never resent (Continue On Fail lists every batch)', async () => {
		weChat().live.followers = makeFollowers(4500, [1]);
		weChat().server.injectFault(PUSH, { kind: 'resetAfterHandling' });
		const result = await pushAll(room(1), { onError: 'continueRegularOutput' });
		expect(weChat().server.callsTo(PUSH)).toHaveLength(1);
		expect(result.output('WeChat').map((report) => report.status)).toEqual([
			'outcomeUnknown',
			'notSent',
			'notSent',
		]);
	});

	test('reading followers is retried on transient failures; a lasting failure pushes nothing', async () => {
		weChat().live.followers = makeFollowers(100, [1]);
		weChat().server.injectFault(FOLLOWERS, { kind: 'http', status: 502 });
		expect((await pushAll(room(1))).output('WeChat')[0].status).toBe('accepted');
		weChat().server.injectFault(FOLLOWERS, { kind: 'errcode', errcode: 300001 });
		const failed = await pushAll(room(1), { onError: 'continueRegularOutput' });
		expect(failed.output('WeChat')[0]).toMatchObject({
			roomId: 1,
			error: expect.stringMatching(/errcode 300001/),
		});
		expect(weChat().live.pushes).toHaveLength(1);
	});

	test('no secret shows anywhere', async () => {
		weChat().live.followers = makeFollowers(10, [1]);
		weChat().server.injectFault(PUSH, {
			kind: 'errcode',
			errcode: 40003,
			errmsg: 'invalid openid',
		});
		const result = await pushAll(room(1));
		const shown = JSON.stringify(result.run.data.resultData);
		for (const secret of secretsOf(weChat().server)) expect(shown).not.toContain(secret);
	});
});

describe('room resource locators in Live Message > Push and Live Follower > Get Many', () => {
	const weChat = useLiveWeChat([26]);

	test('Push takes the room chosen from the list', async () => {
		const result = await runOnWeChat(
			weChat().server,
			{
				resource: 'liveMessage',
				operation: 'push',
				roomId: { __rl: true, mode: 'list', value: '26', cachedResultName: 'Spring Sale (26)' },
				openidSource: 'inputItems',
				openidField: 'openid',
			},
			{ items: [{ openid: 'a' }, { openid: 'b' }] },
		);
		expect(result.error).toBeUndefined();
		expect(weChat().live.pushes.map((push) => [push.roomId, push.openids])).toEqual([
			[26, ['a', 'b']],
		]);
	});

	test('the follower room filter takes a resource locator; an empty one means no filter', async () => {
		weChat().live.followers = makeFollowers(90, [25, 26, 27]);
		const getMany = (filters: Record<string, ReturnType<typeof room>>) =>
			runOnWeChat(weChat().server, {
				resource: 'liveFollower',
				operation: 'getMany',
				returnAll: true,
				filters,
			});
		const filtered = await getMany({ roomId: { __rl: true, mode: 'list', value: '26' } });
		expect(filtered.output('WeChat').map((follower) => follower.room_id)).toEqual(
			Array(30).fill(26),
		);
		expect(
			(await getMany({ roomId: { __rl: true, mode: 'list', value: '' } })).output('WeChat'),
		).toHaveLength(90);
		const bad = await getMany({ roomId: { __rl: true, mode: 'id', value: '={{ "x" }}' } });
		expect(bad.error?.message).toBe('Item 0: Room ID must be a positive whole number');
	});
});
