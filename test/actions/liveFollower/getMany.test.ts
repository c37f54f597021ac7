import { secretsOf, weChatCredentials } from '../../../testkit/servers/fakeWeChat/credentials';
import { makeFollowers } from '../../../testkit/servers/fakeWeChat/liveRoutes';
import { useLiveWeChat } from '../liveHarness';
import { runOnWeChat } from '../operationHarness';

const FOLLOWERS = '/wxa/business/get_wxa_followers';

describe('Live Follower > Get Many (through the n8n engine, against a local WeChat)', () => {
	const weChat = useLiveWeChat();

	const getMany = (parameters: Record<string, unknown>) =>
		runOnWeChat(weChat().server, { resource: 'liveFollower', operation: 'getMany', ...parameters });

	test('Return All walks every page at 2000 a page and stops at the short page', async () => {
		weChat().live.followers = makeFollowers(4500);
		const result = await getMany({ returnAll: true });
		expect(result.error).toBeUndefined();
		const output = result.output('WeChat');
		expect(output).toHaveLength(4500);
		expect(output[4499]).toEqual(weChat().live.followers[4499]);
		expect(
			weChat()
				.server.callsTo(FOLLOWERS)
				.map((call) => call.body.limit),
		).toEqual([2000, 2000, 2000]);
		expect(weChat().server.callsTo(FOLLOWERS)[0].body.page_break).toBeUndefined();
		expect(weChat().server.callsTo(FOLLOWERS)[1].body.page_break).toBe(
			weChat().server.callsTo(FOLLOWERS)[0].answer &&
				(weChat().server.callsTo(FOLLOWERS)[0].answer as { page_break: number }).page_break,
		);
	});

	test('an exact multiple of 2000 costs one extra call that comes back empty', async () => {
		weChat().live.followers = makeFollowers(4000);
		const result = await getMany({ returnAll: true });
		expect(result.output('WeChat')).toHaveLength(4000);
		expect(weChat().server.callsTo(FOLLOWERS)).toHaveLength(3);
	});

	test('Limit asks WeChat for just that many rows', async () => {
		weChat().live.followers = makeFollowers(500);
		const result = await getMany({ returnAll: false, limit: 50 });
		expect(result.output('WeChat')).toHaveLength(50);
		expect(
			weChat()
				.server.callsTo(FOLLOWERS)
				.map((call) => call.body.limit),
		).toEqual([50]);
	});

	test('the room filter keeps only that room and still honours Limit', async () => {
		weChat().live.followers = makeFollowers(3000, [7, 8, 9]);
		const result = await getMany({ returnAll: false, limit: 1500, filters: { roomId: 8 } });
		const output = result.output('WeChat');
		expect(output).toHaveLength(1000);
		expect(output.every((follower) => follower.room_id === 8)).toBe(true);
		const limited = await getMany({ returnAll: false, limit: 10, filters: { roomId: 9 } });
		expect(limited.output('WeChat')).toHaveLength(10);
	});

	test('a page_break that does not advance stops with a clear error instead of looping', async () => {
		weChat().live.followers = makeFollowers(5000);
		weChat().live.stuckPageBreak = true;
		const result = await getMany({ returnAll: true });
		expect(result.error?.message).toMatch(
			/page_break 1606272612 again after 2 pages \(4000 followers read\)/,
		);
		expect(weChat().server.callsTo(FOLLOWERS)).toHaveLength(2);
	});

	test('a token rotated by another worker is renewed once and the call succeeds', async () => {
		weChat().live.followers = makeFollowers(10);
		await getMany({ returnAll: true });
		expect(weChat().server.tokenRequests).toHaveLength(1);
		await getMany({ returnAll: true });
		expect(weChat().server.tokenRequests).toHaveLength(1); // cached
		weChat().server.rotateToken();
		const result = await getMany({ returnAll: true });
		expect(result.output('WeChat')).toHaveLength(10);
		expect(weChat().server.tokenRequests).toHaveLength(2);
		expect(weChat().server.tokenRequests[1].force_refresh).toBe(false);
	});

	test('an expired token (42001) that stable_token still hands out is force-refreshed once', async () => {
		weChat().live.followers = makeFollowers(3);
		await getMany({ returnAll: true });
		weChat().server.injectFault(FOLLOWERS, { kind: 'errcode', errcode: 42001 });
		const result = await getMany({ returnAll: true });
		expect(result.output('WeChat')).toHaveLength(3);
		// normal fetch returned the same token, so the second fetch forced a refresh
		expect(weChat().server.tokenRequests.map((request) => request.force_refresh)).toEqual([
			false,
			false,
			true,
		]);
	});

	test('transient failures of this read-only call are retried with backoff', async () => {
		weChat().live.followers = makeFollowers(3);
		weChat().server.injectFault(FOLLOWERS, { kind: 'http', status: 502 });
		weChat().server.injectFault(FOLLOWERS, { kind: 'reset' });
		weChat().server.injectFault(FOLLOWERS, { kind: 'errcode', errcode: -1 });
		const result = await getMany({ returnAll: true });
		expect(result.output('WeChat')).toHaveLength(3);
		expect(weChat().server.callsTo(FOLLOWERS)).toHaveLength(4);
	});

	test('a 200 answer that is not WeChat JSON is retried for this read', async () => {
		weChat().live.followers = makeFollowers(3);
		let calls = 0;
		weChat().server.route(FOLLOWERS, ({ body }) =>
			++calls === 1
				? 'not json'
				: { followers: weChat().live.followers.slice(0, Number(body.limit)), page_break: 1 },
		);
		const result = await getMany({ returnAll: true });
		expect(result.output('WeChat')).toHaveLength(3);
		expect(calls).toBe(2);
	});

	test('gives up after the last attempt with a message saying why', async () => {
		weChat().server.injectFault(FOLLOWERS, { kind: 'http', status: 503 }, 10);
		const result = await getMany({ returnAll: true });
		expect(result.error?.message).toMatch(/still failing after 4 attempts \(HTTP 503\)/);
	});

	test('a wrong App Secret fails with the errcode and its meaning, and leaks no secret', async () => {
		const result = await runOnWeChat(
			weChat().server,
			{ resource: 'liveFollower', operation: 'getMany', returnAll: true },
			{
				credentials: {
					weChatMiniProgramApi: {
						...weChatCredentials(weChat().server).weChatMiniProgramApi,
						appSecret: 'wrong-secret-value-xyz',
					},
				},
			},
		);
		expect(result.error?.message).toMatch(/errcode 40125 \(invalid App Secret/);
		const shown = JSON.stringify(result.run.data.resultData);
		for (const secret of [...secretsOf(weChat().server), 'wrong-secret-value-xyz'])
			expect(shown).not.toContain(secret);
	});

	test('with Continue On Fail the error becomes an item paired with its input', async () => {
		weChat().server.injectFault(FOLLOWERS, { kind: 'errcode', errcode: 48001 });
		const result = await runOnWeChat(
			weChat().server,
			{ resource: 'liveFollower', operation: 'getMany', returnAll: true },
			{
				settings: {
					onError: 'continueRegularOutput',
				},
			},
		);
		const [item] = result.output('WeChat');
		expect(item.error).toMatch(/errcode 48001 \(this API is not authorised/);
		expect(JSON.stringify(result.run.data.resultData)).not.toContain(weChat().server.currentToken);
	});
});
