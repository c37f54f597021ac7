import { virtualClock } from '../../testkit/clock/defaultClock';
import { weChatCredentials } from '../../testkit/servers/fakeWeChat/credentials';
import { addLiveRoutes, makeFollowers } from '../../testkit/servers/fakeWeChat/liveRoutes';
import type { FakeLiveState } from '../../testkit/servers/fakeWeChat/liveRoutes';
import { FakeWeChatServer } from '../../testkit/servers/fakeWeChat/server';

type Harness = typeof import('../../testkit/engine/runWorkflow');
type Transport = typeof import('../../testkit/engine/nodeTransport');

const PUSH = '/wxa/business/push_message';

/**
 * A separate n8n process: its own copy of the node's modules (jest.isolateModules), so its own
 * token cache and its own push pacer, with the production refusal waits (2 s at most each).
 */
function startWorker(rateLimit: { rateLimitWaitMs: number }): Harness {
	let harness!: Harness;
	jest.isolateModules(() => {
		const transport = require('../../testkit/engine/nodeTransport') as Transport;
		transport.resetTransport({ baseDelayMs: 500, rateLimitMaxDelayMs: 2000, ...rateLimit });
		harness = require('../../testkit/engine/runWorkflow') as Harness;
	});
	return harness;
}

describe('two workers pushing for one App ID share WeChat 2000 openids a second', () => {
	let server: FakeWeChatServer;
	let live: FakeLiveState;
	beforeEach(async () => {
		server = await new FakeWeChatServer().start();
		server.latency = { ms: 20, jitterMs: 10 };
		live = addLiveRoutes(server);
		live.rooms.add(1);
		live.rooms.add(2);
	});
	afterEach(async () => await server.stop());

	const pushFrom = async (worker: Harness, roomId: number, count: number, parameters = {}) =>
		await worker.runWorkflow(
			worker.itemsIntoWeChatNode(
				makeFollowers(count, [roomId]).map((follower) => ({ ...follower })),
				{
					resource: 'liveMessage',
					operation: 'push',
					roomId: { __rl: true, mode: 'id', value: roomId },
					openidSource: 'inputItems',
					openidField: 'openid',
					...parameters,
				},
				weChatCredentials(server),
			),
		);

	test('both finish: refusals the other worker causes are waited out, nothing is sent twice, nothing is unclear', async () => {
		const [first, second] = [
			startWorker({ rateLimitWaitMs: 60_000 }),
			startWorker({ rateLimitWaitMs: 60_000 }),
		];
		const started = virtualClock().now();
		const [one, two] = await Promise.all([pushFrom(first, 1, 4000), pushFrom(second, 2, 4000)]);
		const elapsed = virtualClock().now() - started;
		expect(one.error).toBeUndefined();
		expect(two.error).toBeUndefined();
		for (const [result, roomId] of [
			[one, 1],
			[two, 2],
		] as const) {
			const reports = result.output('WeChat');
			expect(reports.map((report) => report.status)).toEqual(['accepted', 'accepted']);
			const delivered = live.pushes
				.filter((push) => push.roomId === roomId)
				.flatMap((push) => push.openids);
			expect(delivered).toHaveLength(4000);
			expect(new Set(delivered).size).toBe(4000);
		}
		const refused = server
			.callsTo(PUSH)
			.filter((call) => (call.answer as { errcode: number }).errcode === 45011);
		// Both workers' first batches arrive in the same virtual second: the limit is contended.
		expect(refused.length).toBeGreaterThan(0);
		// 8000 openids at 2000 a second: 3 s is the floor, in virtual time; refusals cost at most
		// a wait of 2 s each.
		expect(elapsed).toBeGreaterThan(3000);
		expect(elapsed).toBeLessThan(3000 + 2000 * refused.length);
	});

	test('the total wait is bounded by Rate Limit Wait: the batch fails (not unclear), later ones are not sent', async () => {
		const worker = startWorker({ rateLimitWaitMs: 60_000 });
		server.injectFault(PUSH, { kind: 'errcode', errcode: 45011 }, 1000); // a competitor holding the window
		const started = virtualClock().now();
		const result = await worker.runWorkflow(
			worker.itemsIntoWeChatNode(
				makeFollowers(3000, [1]).map((follower) => ({ ...follower })),
				{
					resource: 'liveMessage',
					operation: 'push',
					roomId: { __rl: true, mode: 'id', value: 1 },
					openidSource: 'inputItems',
					openidField: 'openid',
					options: { rateLimitWait: 1.5 },
				},
				weChatCredentials(server),
				{ continueOnFail: true },
			),
		);
		expect(virtualClock().now() - started).toBeLessThan(1500 + 100); // the wait, and one round trip
		expect(result.error).toBeUndefined();
		const reports = result.output('WeChat');
		expect(reports.map((report) => report.status)).toEqual(['failed', 'notSent']);
		expect(reports[0].error).toMatch(
			/^WeChat \/wxa\/business\/push_message still refused by its rate limit \(errcode 45011, API called too often\) after waiting [01]\.\d s; nothing was carried out/,
		);
		expect(live.pushes).toHaveLength(0);
		expect(server.callsTo(PUSH).length).toBeGreaterThan(2);
	});

	test('without Continue On Fail the error names the batch and that nothing was delivered', async () => {
		const worker = startWorker({ rateLimitWaitMs: 500 });
		server.injectFault(PUSH, { kind: 'errcode', errcode: 45011 }, 1000);
		const result = await pushFrom(worker, 1, 3000);
		expect(result.error?.message).toMatch(
			/^Push to room 1 stopped at batch 1 of 2: WeChat \/wxa\/business\/push_message still refused by its rate limit/,
		);
		expect((result.error as { description?: string }).description).toBe(
			'Rejected, nothing delivered: batch 1 (openids 1-2000); 2000 openids. Not sent: batch 2 (openids 2001-3000); 1000 openids',
		);
	});

	test('45009, the daily quota, is not retried and the error says so', async () => {
		const worker = startWorker({ rateLimitWaitMs: 60_000 });
		server.injectFault(PUSH, {
			kind: 'errcode',
			errcode: 45009,
			errmsg: 'reach max api daily quota limit',
		});
		const result = await pushFrom(worker, 1, 10);
		expect(server.callsTo(PUSH)).toHaveLength(1);
		expect(result.error?.message).toMatch(
			/stopped at batch 1 of 1: WeChat \/wxa\/business\/push_message answered errcode 45009 \(this API's daily quota is used up, so nothing was carried out and it is not retried today/,
		);
		expect((result.error as { description?: string }).description).toBe(
			'Rejected, nothing delivered: batch 1 (openids 1-10); 10 openids',
		);
	});
});
