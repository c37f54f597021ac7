/**
 * The trigger's answer time beside n8n's own Webhook node, in one real n8n (regular mode, SQLite,
 * executions saved), one request at a time (c=1):
 *   trigger   WeChat Mini Program Trigger, safe mode: a signed, encrypted customer service text
 *             message; the trigger verifies, decrypts, decodes, answers "success" and starts the run
 *   webhook   n8n's Webhook node (POST, Header Auth, Respond: Immediately) given the same body
 * Both workflows are the one node; the two are asked in turn so that both see the same machine.
 * Prints p50, p99, max and requests/s of each, and the ratio trigger/webhook.
 *
 * `npm run bench:webhook-latency` (it builds first). LATENCY_REQUESTS (default 300 each),
 * N8N_PORT (default 5811), E2E_N8N_USER_FOLDER. BENCH_CPU_PROF=<folder> has n8n write a CPU
 * profile there (node --cpu-prof) for finding what the trigger costs per request.
 */
import type { ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';

import { installN8n, N8N_VERSION } from '../../scripts/lib/n8nInstall';
import {
	importAndPublish,
	installPackage,
	n8nEnvironment,
	startN8n,
} from '../../scripts/lib/n8nInstance';
import { encryptForPush, pushRequest } from '../../scripts/lib/weChatCallbacks';

const port = process.env.N8N_PORT || '5811';
const baseUrl = `http://127.0.0.1:${port}`;
const userFolder =
	process.env.E2E_N8N_USER_FOLDER || path.join(os.tmpdir(), 'n8n-bench-webhook-latency');
const REQUESTS = Number(process.env.LATENCY_REQUESTS || 300);
const WARM_UP = 30;

const APP_ID = 'wxbenchlatency0001';
const PUSH = {
	token: 'BenchPushToken',
	encodingAESKey: 'BenchKey0123456789abcdefghijklmnopqrstuvwxy',
};
const ORIGINAL_ID = 'gh_benchlatency1';
const HEADER = { name: 'X-Bench-Auth', value: 'bench-header-secret-0123456789' };

const CREDENTIALS = [
	{
		id: 'benchWeChatCred1',
		name: 'WeChat (latency bench)',
		type: 'weChatMiniProgramApi',
		data: {
			authMode: 'appSecret',
			appId: APP_ID,
			appSecret: 'bench-app-secret-not-used',
			apiDomain: 'custom',
			customBaseUrl: 'http://127.0.0.1:9',
			...PUSH,
		},
	},
	{
		id: 'benchHeaderAuth1',
		name: 'Header auth (latency bench)',
		type: 'httpHeaderAuth',
		data: HEADER,
	},
];

const WORKFLOWS = [
	{
		id: 'benchLatencyTrig',
		name: 'bench: trigger latency',
		nodes: [
			{
				id: 'bench-trigger',
				name: 'WeChat Mini Program Trigger',
				type: 'n8n-nodes-wechat-miniprogram.weChatMiniProgramTrigger',
				typeVersion: 2,
				position: [0, 0],
				webhookId: 'bench-trigger',
				parameters: { encryptionMode: 'safe' },
				credentials: {
					weChatMiniProgramApi: { id: CREDENTIALS[0].id, name: CREDENTIALS[0].name },
				},
			},
		],
		connections: {},
	},
	{
		id: 'benchLatencyHook',
		name: 'bench: Webhook node latency',
		nodes: [
			{
				id: 'bench-webhook',
				name: 'Webhook',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2,
				position: [0, 0],
				webhookId: 'bench-webhook',
				parameters: {
					httpMethod: 'POST',
					path: 'bench-webhook',
					authentication: 'headerAuth',
					responseMode: 'onReceived',
					options: {},
				},
				credentials: { httpHeaderAuth: { id: CREDENTIALS[1].id, name: CREDENTIALS[1].name } },
			},
		],
		connections: {},
	},
];

interface Sample {
	status: number;
	body: string;
	ms: number;
}

let sequence = 0;

/** A fresh customer service message each time (its own MsgId), signed and encrypted as WeChat does. */
function nextPush(): { query: string; body: string } {
	const msgId = `184467440737${String(++sequence).padStart(8, '0')}`;
	const message = `<xml><ToUserName><![CDATA[${ORIGINAL_ID}]]></ToUserName><FromUserName><![CDATA[oBenchUser000000000000001]]></FromUserName><CreateTime>${Math.floor(Date.now() / 1000)}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[where is my order?]]></Content><MsgId>${msgId}</MsgId></xml>`;
	return pushRequest(PUSH.token, encryptForPush(message, PUSH.encodingAESKey, APP_ID), ORIGINAL_ID);
}

async function timed(url: string, body: string, headers: Record<string, string>): Promise<Sample> {
	const started = process.hrtime.bigint();
	const answer = await fetch(url, {
		method: 'POST',
		headers: { 'Content-Type': 'text/xml', ...headers },
		body,
	});
	const text = await answer.text();
	return { status: answer.status, body: text, ms: Number(process.hrtime.bigint() - started) / 1e6 };
}

const callTrigger = async () => {
	const push = nextPush();
	return await timed(`${baseUrl}/webhook/bench-trigger/webhook?${push.query}`, push.body, {});
};
const callWebhook = async () =>
	await timed(`${baseUrl}/webhook/bench-webhook`, nextPush().body, {
		[HEADER.name]: HEADER.value,
	});

async function waitUntilRegistered(call: () => Promise<Sample>, what: string): Promise<void> {
	const deadline = Date.now() + 180_000;
	while (Date.now() < deadline) {
		try {
			if ((await call()).status === 200) return;
		} catch {
			// n8n is not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 1000));
	}
	throw new Error(`${what} was not registered`);
}

interface Summary {
	p50: number;
	p99: number;
	max: number;
	perSecond: number;
	wrong: number;
}

function summarize(name: string, samples: Sample[], expected: (s: Sample) => boolean): Summary {
	const times = samples.map((s) => s.ms).sort((a, b) => a - b);
	const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
	const total = times.reduce((sum, ms) => sum + ms, 0);
	const summary = {
		p50: at(0.5),
		p99: at(0.99),
		max: times[times.length - 1],
		perSecond: (1000 * samples.length) / total,
		wrong: samples.filter((s) => !expected(s)).length,
	};
	console.log(
		`${name.padEnd(8)} n=${samples.length} p50=${summary.p50.toFixed(1)} ms  p99=${summary.p99.toFixed(1)} ms  max=${summary.max.toFixed(1)} ms  ${summary.perSecond.toFixed(1)} requests/s  wrong answers=${summary.wrong}`,
	);
	return summary;
}

async function measure(): Promise<boolean> {
	await waitUntilRegistered(callTrigger, 'the trigger');
	await waitUntilRegistered(callWebhook, 'the Webhook node');
	for (let i = 0; i < WARM_UP; i++) {
		await callTrigger();
		await callWebhook();
	}
	const trigger: Sample[] = [];
	const webhook: Sample[] = [];
	// In turn, so that both see the same load (other processes, n8n's database growing).
	for (let i = 0; i < REQUESTS; i++) {
		trigger.push(await callTrigger());
		webhook.push(await callWebhook());
	}
	const t = summarize('trigger', trigger, (s) => s.status === 200 && s.body === 'success');
	const w = summarize('webhook', webhook, (s) => s.status === 200);
	console.log(
		`trigger / Webhook node: p50 ${(t.p50 / w.p50).toFixed(2)}x, p99 ${(t.p99 / w.p99).toFixed(2)}x, throughput ${(t.perSecond / w.perSecond).toFixed(2)}x (load average ${os.loadavg()[0].toFixed(1)})`,
	);
	return t.wrong === 0 && w.wrong === 0;
}

async function main() {
	const n8nBin = installN8n().bin;
	const env = {
		...n8nEnvironment({ userFolder, port, brokerPort: Number(port) + 1 }),
		N8N_LOG_LEVEL: 'warn',
		...(process.env.BENCH_CPU_PROF
			? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${process.env.BENCH_CPU_PROF}` }
			: {}),
	};
	installPackage(userFolder);
	importAndPublish(n8nBin, env, CREDENTIALS, WORKFLOWS, 'bench-latency-');
	const n8n: ChildProcess = startN8n(n8nBin, env, ['ignore', 'ignore', 'inherit']);
	try {
		console.log(`n8n ${N8N_VERSION} at ${baseUrl} (regular mode, c=1, ${REQUESTS} requests each)`);
		if (!(await measure())) process.exitCode = 1;
	} finally {
		n8n.kill('SIGTERM');
		// The profile is written as n8n exits.
		await new Promise((resolve) => n8n.once('exit', resolve));
	}
}

main().catch((error: Error) => {
	console.error(error.message);
	process.exit(1);
});
