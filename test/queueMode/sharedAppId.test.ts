import { weChatCredentials } from '../../testkit/servers/fakeWeChat/credentials';
import { addLiveRoutes, makeFollowers } from '../../testkit/servers/fakeWeChat/liveRoutes';
import { FakeWeChatServer } from '../../testkit/servers/fakeWeChat/server';

type Harness = typeof import('../../testkit/engine/runWorkflow');

/**
 * Queue mode: several n8n workers, each its own process with its own token cache, share one App ID.
 * Each "worker" here is a separate copy of the node's modules (jest.isolateModules), so none shares
 * the other's in-memory cache, as in separate processes.
 */
function startWorker(): Harness {
	let harness!: Harness;
	jest.isolateModules(() => {
		harness = require('../../testkit/engine/runWorkflow') as Harness;
	});
	return harness;
}

describe('several workers sharing one App ID', () => {
	let server: FakeWeChatServer;
	beforeEach(async () => {
		server = await new FakeWeChatServer().start();
		addLiveRoutes(server).followers = makeFollowers(5);
	});
	afterEach(async () => await server.stop());

	const getFollowers = async (worker: Harness) => {
		const result = await worker.runWorkflow(
			worker.itemsIntoWeChatNode(
				[{}],
				{ resource: 'liveFollower', operation: 'getMany', returnAll: true },
				weChatCredentials(server),
			),
		);
		expect(result.error).toBeUndefined();
		return result.output('WeChat');
	};

	test('every worker gets the same stable token and none invalidates another', async () => {
		const workers = [startWorker(), startWorker(), startWorker()];
		for (let round = 0; round < 3; round++) {
			for (const worker of workers) expect(await getFollowers(worker)).toHaveLength(5);
		}
		expect(server.tokenRequests).toHaveLength(3); // one per worker, then cached
		expect(server.tokenRequests.every((request) => request.force_refresh === false)).toBe(true);
		const rejected = server
			.callsTo('/wxa/business/get_wxa_followers')
			.filter((call) => (call.answer as { errcode: number }).errcode !== 0);
		expect(rejected).toHaveLength(0);
	});

	test('after one worker renews an expired token, the others follow without forcing again (no ping-pong)', async () => {
		const [first, second] = [startWorker(), startWorker()];
		await getFollowers(first);
		await getFollowers(second);
		server.expireToken(); // WeChat expired it: the next stable_token hands out a new one
		await getFollowers(first); // 42001 -> renews
		await getFollowers(second); // 40001 with its stale token -> renews normally, gets the same new token
		await getFollowers(first);
		await getFollowers(second);
		expect(server.tokenRequests.map((request) => request.force_refresh)).toEqual([
			false,
			false,
			false,
			false,
		]);
	});
});
