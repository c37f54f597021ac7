import { generateUserSig } from '../../nodes/protocol/tencent/userSig';
import { virtualClock } from '../../testkit/clock/defaultClock';
import { FakeTencentChat } from '../../testkit/servers/fakeTencentChat';
import { addLiveRoutes } from '../../testkit/servers/fakeWeChat/liveRoutes';
import { FakeWeChatServer } from '../../testkit/servers/fakeWeChat/server';
import { latencyFromEnv } from '../../testkit/servers/latency';

/**
 * The local servers answer after a set latency, as WeChat and Tencent do over a real network,
 * without serialising callers, and keep counting their limits per App ID / SDKAppID across callers.
 * Latency is spent on the servers' clock: here the test file's virtual one, so it is exact.
 */
async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
	const started = virtualClock().now();
	const value = await work();
	return { value, ms: virtualClock().now() - started };
}

const postJson = async (url: string, body: object) =>
	(await (
		await fetch(url, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify(body),
		})
	).json()) as Record<string, unknown>;

describe('local WeChat with latency', () => {
	let server: FakeWeChatServer;
	beforeEach(async () => {
		server = await new FakeWeChatServer().start();
	});
	afterEach(async () => await server.stop());

	const token = async () =>
		String(
			(
				await postJson(`${server.url}/cgi-bin/stable_token`, {
					grant_type: 'client_credential',
					appid: server.appId,
					secret: server.appSecret,
				})
			).access_token,
		);

	test('answers no sooner than the latency, and concurrent callers wait in parallel', async () => {
		await token(); // the first fetch of a process sets up its HTTP client
		const quick = await timed(token);
		expect(quick.ms).toBe(0);
		server.latency = { ms: 200 };
		const one = await timed(token);
		expect(one.value).toBe(quick.value);
		expect(one.ms).toBe(200);
		const ten = await timed(() => Promise.all(Array.from({ length: 10 }, token)));
		expect(ten.ms).toBe(200); // ten in a row would take 2 s
		expect(server.inFlight.most).toBe(10);
	});

	test('jitter spreads the answers between ms and ms + jitter', async () => {
		server.latency = { ms: 50, jitterMs: 300 };
		const times = await Promise.all(Array.from({ length: 12 }, () => timed(token)));
		const ms = times.map((time) => time.ms);
		expect(Math.min(...ms)).toBeGreaterThanOrEqual(50);
		expect(Math.max(...ms)).toBeLessThanOrEqual(350);
		expect(Math.max(...ms) - Math.min(...ms)).toBeGreaterThan(30);
	});

	test('the 2000 openids/s limit is shared by every caller of the App ID, latency or not', async () => {
		const live = addLiveRoutes(server);
		live.rooms.add(1).add(2);
		server.latency = { ms: 100, jitterMs: 20 };
		const accessToken = await token();
		const push = (roomId: number, prefix: string) =>
			postJson(`${server.url}/wxa/business/push_message?access_token=${accessToken}`, {
				room_id: roomId,
				user_openid: Array.from({ length: 1500 }, (_, i) => `${prefix}${i}`),
			});
		// Two callers (say, two n8n workers) push 1500 each at the same moment: 3000 > 2000 in one second.
		const answers = await Promise.all([push(1, 'a'), push(2, 'b')]);
		expect(answers.map((answer) => answer.errcode).sort()).toEqual([0, 45011]);
		expect(live.pushes).toHaveLength(1);
	});
});

describe('local Tencent Cloud Chat with latency', () => {
	let server: FakeTencentChat;
	beforeEach(async () => {
		server = await new FakeTencentChat().start();
		server.addAccount('@TOA#_latency');
	});
	afterEach(async () => await server.stop());

	const call = (identifier = 'administrator') => {
		const userSig = generateUserSig({
			sdkAppId: server.sdkAppId,
			identifier,
			secretKey: server.secretKey,
			expireSeconds: 3600,
			issuedAt: Math.floor(server.clock.now() / 1000),
		});
		const query = new URLSearchParams({
			sdkappid: String(server.sdkAppId),
			identifier,
			usersig: userSig,
			random: String(Math.floor(Math.random() * 0xffffffff)),
			contenttype: 'json',
		});
		return postJson(
			`${server.url}/v4/official_account_open_http_svc/get_official_account_info?${query}`,
			{
				OfficialAccountIdList: [{ Official_Account: '@TOA#_latency' }],
			},
		);
	};

	test('answers no sooner than the latency, in parallel', async () => {
		server.latency = { ms: 150 };
		const one = await timed(() => call());
		expect(one.value.ActionStatus).toBe('OK');
		expect(one.ms).toBe(150);
		const twenty = await timed(() => Promise.all(Array.from({ length: 20 }, () => call())));
		expect(twenty.value.every((answer) => answer.ActionStatus === 'OK')).toBe(true);
		expect(twenty.ms).toBe(150); // twenty in a row would take 3 s
		expect(server.inFlight.most).toBe(20);
	});

	test('200 calls a second per SDKAppID, counted across every caller', async () => {
		server.latency = { ms: 50, jitterMs: 20 };
		const answers = await Promise.all(Array.from({ length: 230 }, () => call()));
		const codes = answers.map((answer) => answer.ErrorCode);
		expect(codes.filter((code) => code !== 0 && code !== 60019)).toEqual([]);
		expect(codes.filter((code) => code === 60019).length).toBeGreaterThan(0);
		// However fast the 230 arrived, no sliding second accepted more than 200.
		const accepted = server.calls
			.filter((recorded) => recorded.answer?.ErrorCode === 0)
			.map((recorded) => recorded.at);
		const busiestSecond = Math.max(
			...accepted.map((at) => accepted.filter((other) => other >= at && other < at + 1000).length),
		);
		expect(busiestSecond).toBe(200);
	});
});

test('latency from the environment: <PREFIX>_MS and <PREFIX>_JITTER_MS, refusing nonsense', () => {
	expect(latencyFromEnv('X', { X_MS: '50', X_JITTER_MS: '10' })).toEqual({ ms: 50, jitterMs: 10 });
	expect(latencyFromEnv('X', {})).toEqual({ ms: 0, jitterMs: 0 });
	expect(() => latencyFromEnv('X', { X_MS: 'fast' })).toThrow('X_MS must be a number >= 0');
});
