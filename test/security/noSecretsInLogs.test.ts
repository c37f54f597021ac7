/**
 * @n8n-modules own
 *
 * This file's own n8n-core (see test/setup/workerEnvironment.ts): it turns n8n's logger on
 * through environment variables, which n8n reads when it is loaded.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * n8n logs node errors (and at debug level much more). Runs failing and succeeding workflows with
 * n8n's own logger at debug level writing to a file, and checks that no secret reaches that log.
 */
describe("no secret reaches n8n's log output", () => {
	const logFile = path.join(mkdtempSync(path.join(tmpdir(), 'n8n-log-')), 'n8n.log');
	const logged = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : '');

	beforeAll(() => {
		process.env.N8N_LOG_LEVEL = 'debug';
		process.env.N8N_LOG_OUTPUT = 'file';
		process.env.N8N_LOG_FILE_LOCATION = logFile;
	});

	test('WeChat: token refresh, rejected push, wrong secret', async () => {
		const { resetTransport } = await import('../../testkit/engine/nodeTransport');
		const { itemsIntoWeChatNode, runWorkflow } = await import('../../testkit/engine/runWorkflow');
		const { secretsOf, weChatCredentials } = await import(
			'../../testkit/servers/fakeWeChat/credentials'
		);
		const { addLiveRoutes, makeFollowers } = await import(
			'../../testkit/servers/fakeWeChat/liveRoutes'
		);
		const { FakeWeChatServer } = await import('../../testkit/servers/fakeWeChat/server');
		resetTransport();
		const server = await new FakeWeChatServer().start();
		try {
			const live = addLiveRoutes(server);
			live.followers = makeFollowers(10);
			live.rooms.add(1);
			const secrets = () => secretsOf(server);
			const seen: string[] = [];
			const credentials = weChatCredentials(server);
			await runWorkflow(
				itemsIntoWeChatNode(
					[{}],
					{ resource: 'liveFollower', operation: 'getMany', returnAll: true },
					credentials,
				),
			);
			seen.push(...secrets());
			server.rotateToken();
			server.injectFault('/wxa/business/push_message', { kind: 'errcode', errcode: 40003 });
			const failed = await runWorkflow(
				itemsIntoWeChatNode(
					live.followers as never,
					{
						resource: 'liveMessage',
						operation: 'push',
						roomId: 1,
						openidSource: 'inputItems',
						openidField: 'openid',
					},
					credentials,
				),
			);
			expect(failed.error).toBeDefined();
			seen.push(...secrets());
			await runWorkflow(
				itemsIntoWeChatNode(
					[{}],
					{ resource: 'live', operation: 'apply' },
					{
						weChatMiniProgramApi: {
							...credentials.weChatMiniProgramApi,
							appSecret: 'wrong-secret-for-log-test',
						},
					},
				),
			);
			seen.push('wrong-secret-for-log-test');
			await new Promise((resolve) => setTimeout(resolve, 300)); // the file transport writes asynchronously
			expect(logged()).toMatch(/errcode 40003/); // the logger really was on
			for (const secret of new Set(seen)) expect(logged()).not.toContain(secret);
		} finally {
			await server.stop();
		}
	});
});
