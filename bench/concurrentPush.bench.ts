import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

import { addLiveRoutes } from '../testkit/servers/fakeWeChat/liveRoutes';
import { FakeWeChatServer } from '../testkit/servers/fakeWeChat/server';
import type { PushProcessResult } from './pushProcess';

const OPENIDS = Number(process.env.BENCH_PUSH_OPENIDS ?? 20_000);
const ROOMS = [1, 2];
/** WeChat's 2000 openids/s per App ID, shared by both processes. */
const FLOOR_S = (OPENIDS * ROOMS.length) / 2000;

interface Worker {
	ready: Promise<void>;
	go(): void;
	result: Promise<PushProcessResult>;
}

function startWorker(server: FakeWeChatServer, room: number): Worker {
	const child = spawn(process.execPath, [path.join(__dirname, 'pushProcess.js')], {
		stdio: ['pipe', 'pipe', 'inherit'],
		env: {
			...process.env,
			BENCH_ROOM: String(room),
			BENCH_OPENIDS: String(OPENIDS),
			BENCH_APP_ID: server.appId,
			BENCH_APP_SECRET: server.appSecret,
			BENCH_WECHAT_URL: server.url,
		},
	});
	const lines = createInterface({ input: child.stdout! });
	let ready!: () => void;
	let done!: (result: PushProcessResult) => void;
	lines.on('line', (line) =>
		line === 'ready' ? ready() : line.startsWith('{') && done(JSON.parse(line)),
	);
	return {
		ready: new Promise((resolve) => (ready = resolve)),
		go: () => child.stdin!.write('go\n'),
		result: new Promise((resolve, reject) => {
			done = resolve;
			child.once('exit', (code) =>
				reject(new Error(`push process for room ${room} exited (${code}) without a result`)),
			);
		}),
	};
}

/**
 * Two n8n workers pushing at once for one App ID: two processes (each its own token cache and
 * pacer, the node's real retry policy), 20000 openids each to rooms 1 and 2, against one local
 * WeChat that answers after 50 ms and enforces 2000 openids/s across both.
 */
export async function runConcurrentPushBench(): Promise<void> {
	const server = await new FakeWeChatServer().start();
	server.latency = { ms: 50 };
	const live = addLiveRoutes(server);
	ROOMS.forEach((room) => live.rooms.add(room));
	try {
		const workers = ROOMS.map((room) => startWorker(server, room));
		await Promise.all(workers.map((worker) => worker.ready));
		const started = performance.now();
		workers.forEach((worker) => worker.go());
		const results = await Promise.all(workers.map((worker) => worker.result));
		const elapsedS = (performance.now() - started) / 1000;
		const calls = server.callsTo('/wxa/business/push_message');
		const limited = calls.filter(
			(call) => (call.answer as { errcode?: number })?.errcode === 45011,
		).length;
		let duplicates = 0;
		for (const room of ROOMS) {
			const delivered = live.pushes
				.filter((push) => push.roomId === room)
				.flatMap((push) => push.openids);
			duplicates += delivered.length - new Set(delivered).size;
		}
		const delivered = live.pushes.reduce((sum, push) => sum + push.openids.length, 0);
		for (const result of results) {
			console.log(
				`  room ${result.room}: ${result.ok ? 'finished' : 'FAILED'} in ${(result.elapsedMs / 1000).toFixed(1)} s, ` +
					`batches ${JSON.stringify(result.batches)}${result.error ? `: ${result.error}` : ''}`,
			);
		}
		console.log(
			`Live Message > Push, 2 processes x ${OPENIDS} openids, one App ID: ${delivered} of ${OPENIDS * ROOMS.length} delivered, ` +
				`${duplicates} duplicates, ${calls.length} push calls (${limited} answered 45011), ${server.tokenRequests.length} token requests, ` +
				`${elapsedS.toFixed(1)} s together (floor ${FLOOR_S} s), ${Math.round(delivered / elapsedS)} openids/s`,
		);
		if (!results.every((result) => result.ok) || duplicates > 0) {
			console.log('  NOT MET: both pushes must finish with every openid delivered once');
			process.exitCode = 1;
		}
	} finally {
		await server.stop();
	}
}
