/**
 * One n8n worker of the concurrent-push benchmark, as a process of its own (own token cache, own
 * pacer): waits for "go" on stdin, pushes BENCH_OPENIDS openids to BENCH_ROOM through n8n-core's
 * engine with the node's real retry policy, and prints one JSON line with what happened.
 */
import { itemsIntoWeChatNode, runWorkflow } from '../testkit/engine/runWorkflow';

export interface PushProcessResult {
	room: number;
	ok: boolean;
	error?: string;
	elapsedMs: number;
	batches: Record<string, number>;
}

async function main(): Promise<void> {
	const room = Number(process.env.BENCH_ROOM);
	const count = Number(process.env.BENCH_OPENIDS);
	const openids = Array.from(
		{ length: count },
		(_, i) => `oBenchPush${String(i).padStart(7, '0')}`,
	);
	const credentials = {
		weChatMiniProgramApi: {
			authMode: 'appSecret',
			appId: process.env.BENCH_APP_ID!,
			appSecret: process.env.BENCH_APP_SECRET!,
			apiDomain: 'custom',
			customBaseUrl: process.env.BENCH_WECHAT_URL!,
		},
	};
	const spec = itemsIntoWeChatNode(
		[{ openids }],
		{
			resource: 'liveMessage',
			operation: 'push',
			roomId: { __rl: true, mode: 'id', value: room },
			openidSource: 'list',
			openids: '={{ $json.openids }}',
		},
		credentials,
	);
	console.log('ready');
	await new Promise((resolve) => process.stdin.once('data', resolve));
	const started = performance.now();
	const result = await runWorkflow(spec);
	const elapsedMs = performance.now() - started;
	const batches: Record<string, number> = {};
	if (!result.error)
		for (const report of result.output('WeChat'))
			batches[String(report.status)] = (batches[String(report.status)] ?? 0) + 1;
	const outcome: PushProcessResult = {
		room,
		ok: !result.error,
		error: result.error
			? `${result.error.message} ${result.error.description ?? ''}`.trim()
			: undefined,
		elapsedMs,
		batches,
	};
	console.log(JSON.stringify(outcome));
	process.exit(0);
}

void main();
