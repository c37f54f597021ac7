import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

process.env.N8N_USER_FOLDER ??= mkdtempSync(path.join(tmpdir(), 'n8n-wechat-bench-'));

type Bench = { title: string; file: string; exportName: string };

const BENCHES: Bench[] = [
	{ title: 'WeChat live followers and push', file: './wechat.bench', exportName: 'runWeChatBench' },
	{
		title: 'WeChat extras: push to all followers of a room',
		file: './wechatExtra.bench',
		exportName: 'runWeChatExtraBench',
	},
	{
		title: 'Third-Party Platform: two merchants pushing at once',
		file: './platformPush.bench',
		exportName: 'runPlatformPushBench',
	},
	{
		title: 'WeChat live broadcast API: goods, members, rooms',
		file: './broadcast.bench',
		exportName: 'runBroadcastBench',
	},
	{
		title: 'Tencent Cloud Chat official accounts',
		file: './tencent.bench',
		exportName: 'runTencentBench',
	},
	{
		title: 'Tencent Cloud Chat accounts: Import of 100000 with 50 ms answers',
		file: './chatAccount.bench',
		exportName: 'runChatAccountBench',
	},
	{
		title:
			'Tencent Cloud Chat messages: Send Batch with 50 ms answers (CHAT_MESSAGE_BENCH_RECIPIENTS, default 20000)',
		file: './chatMessage.bench',
		exportName: 'runChatMessageBench',
	},
	{
		title: 'Latency-bound calls (50 ms answers): requests in flight, two workers pushing',
		file: './latency.bench',
		exportName: 'runLatencyBench',
	},
	{
		title: 'Order shipping: 10000 uploads with 50 ms answers',
		file: './shipping.bench',
		exportName: 'runShippingBench',
	},
	{
		title: 'Growth: 1000 Mini Program codes and 10000 URL Links with 50 ms answers',
		file: './growth.bench',
		exportName: 'runGrowthBench',
	},
	{
		title: 'Trigger: verify, decrypt and decode callbacks',
		file: './trigger.bench',
		exportName: 'runTriggerBench',
	},
];

async function main(): Promise<void> {
	const only = process.argv[2];
	for (const bench of BENCHES) {
		if (only && !bench.file.includes(only)) continue;
		console.log(`\n== ${bench.title}`);
		const module = (await import(bench.file)) as Record<string, () => Promise<void>>;
		await module[bench.exportName]();
	}
}

main().catch((error: unknown) => {
	console.error(error);
	process.exit(1);
});
