import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

process.env.N8N_USER_FOLDER ??= mkdtempSync(path.join(tmpdir(), 'n8n-wechat-bench-worker-'));

/**
 * One n8n worker process of the two-pushes benchmark: runs a Push workflow for one room against the
 * local WeChat at PUSH_SERVER_URL, with the production retry policy, and prints its result as JSON.
 */
async function main(): Promise<void> {
	const { resetTransport } = await import('../testkit/engine/nodeTransport');
	const { itemsIntoWeChatNode, runWorkflow } = await import('../testkit/engine/runWorkflow');
	const { weChatCredentials } = await import('../testkit/servers/fakeWeChat/credentials');
	const { makeFollowers } = await import('../testkit/servers/fakeWeChat/liveRoutes');
	const { DEFAULT_RETRY_POLICY } = await import('../nodes/protocol/common/retryLoop');
	resetTransport({ ...DEFAULT_RETRY_POLICY });
	const server = {
		url: process.env.PUSH_SERVER_URL!,
		appId: process.env.PUSH_APP_ID!,
		appSecret: process.env.PUSH_APP_SECRET!,
	};
	const roomId = Number(process.env.PUSH_ROOM);
	const count = Number(process.env.PUSH_COUNT);
	const items = makeFollowers(count, [roomId]).map((follower) => ({ ...follower }));
	const started = Date.now();
	const result = await runWorkflow(
		itemsIntoWeChatNode(
			items as never,
			{
				resource: 'liveMessage',
				operation: 'push',
				roomId: { __rl: true, mode: 'id', value: roomId },
				openidSource: 'inputItems',
				openidField: 'openid',
			},
			weChatCredentials(server),
		),
	);
	const reports = result.error ? [] : result.output('WeChat');
	process.stdout.write(
		JSON.stringify({
			elapsedMs: Date.now() - started,
			error: result.error?.message,
			statuses: reports.map((report) => report.status),
		}),
	);
}

void main().then(
	() => process.exit(0),
	(error: unknown) => {
		console.error(error);
		process.exit(1);
	},
);
