/**
 * Measures, in a real n8n, how long Tencent waits for the answer to an official-account
 * before-callback, and checks the answer:
 *   trigger      the trigger answers OK itself (Answer Before-Callbacks: From the Trigger)
 *   moderated    the example workflow (IF on a keyword list -> Respond to Webhook 1) answers
 *   concurrent   the same, 10 at a time
 *   slow         a Wait of 3 s before Respond to Webhook: the default answer must come at the deadline
 *   respond-1.5  Respond to Webhook 1.5 (the editor's current version), which refuses to run after a
 *                trigger that is not n8n's own: the default answer must come at once
 *   answer-node  the package's own Chat Callback > Answer Before-Callback operation decides
 *
 * Regular mode (default): installs n8n (scripts/lib/n8nInstall.ts), imports the credential and the
 * workflows into its own user folder, starts `n8n start`, measures, stops.
 * Queue mode: `npm run e2e:queue` measures it there (scenario `before`). To measure your own
 * queue-mode n8n instead, start main, worker(s) and webhook processor with the package installed
 * and the same N8N_ENCRYPTION_KEY and DB_* settings in this environment, then run with
 *   --external --url=http://127.0.0.1:<webhook port>
 * The script imports and publishes the workflows with `n8n` from this environment (restart the
 * processes afterwards if your n8n does not pick up published workflows) and only sends requests.
 *
 * Run it with `npm run bench:before-callbacks` (it builds first).
 * Ports: N8N_PORT (default 5801). User folder: E2E_N8N_USER_FOLDER (it keeps n8n's encryption
 * key: delete it after changing N8N_ENCRYPTION_KEY). n8n's environment is scripts/lib/n8nInstance.ts's.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { installN8n, N8N_VERSION } from '../../scripts/lib/n8nInstall';
import {
	importAndPublish,
	installPackage,
	n8nEnvironment,
	startN8n,
} from '../../scripts/lib/n8nInstance';
import { REPO_ROOT } from '../../scripts/lib/repoRoot';
import { signedCallbackQuery } from '../../scripts/lib/tencentCallbacks';

const args = process.argv.slice(2);
const external = args.includes('--external');
const urlArg = args.find((a) => a.startsWith('--url='));
const port = process.env.N8N_PORT || '5801';
const baseUrl = urlArg ? urlArg.slice('--url='.length) : `http://127.0.0.1:${port}`;
const userFolder =
	process.env.E2E_N8N_USER_FOLDER || path.join(os.tmpdir(), 'n8n-e2e-before-callbacks');

const SDK_APP_ID = '1400187352';
const CALLBACK_TOKEN = 'e2e-callback-token';
const CREDENTIAL = {
	id: 'e2eTencentCred01',
	name: 'Tencent Cloud Chat (e2e)',
	type: 'tencentChatApi',
	data: {
		sdkAppId: SDK_APP_ID,
		secretKey: 'e2e-secret-key-not-used',
		adminIdentifier: 'administrator',
		region: 'console.tim.qq.com',
		callbackToken: CALLBACK_TOKEN,
	},
};
const ALLOW = '{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0}';
const DENY = '{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":1}';

interface WorkflowJson {
	id?: string;
	name?: string;
	nodes: {
		id: string;
		name: string;
		type: string;
		typeVersion: number;
		position: number[];
		parameters: Record<string, unknown>;
		webhookId?: string;
		credentials?: Record<string, { id: string; name: string }>;
	}[];
	connections: Record<string, unknown>;
}

interface Sample {
	status: number;
	body: string;
	ms: number;
}

/** The example workflow, re-pointed at this script's credential and webhook path. */
function workflows(): WorkflowJson[] {
	const example = JSON.parse(
		fs.readFileSync(
			path.join(REPO_ROOT, 'examples', 'tencent-moderate-official-account-messages.json'),
			'utf8',
		),
	) as WorkflowJson;
	const withTrigger = (
		id: string,
		name: string,
		webhookId: string,
		triggerParameters: Record<string, unknown>,
	): WorkflowJson & { id: string } => {
		const copy = JSON.parse(JSON.stringify(example)) as WorkflowJson;
		const trigger = copy.nodes[0];
		trigger.webhookId = webhookId;
		trigger.credentials = { tencentChatApi: { id: CREDENTIAL.id, name: CREDENTIAL.name } };
		Object.assign(trigger.parameters, triggerParameters);
		return { ...copy, id, name };
	};
	const moderated = withTrigger('e2eBeforeModer01', 'e2e: moderated', 'e2e-moderated', {});
	const fromTrigger = withTrigger('e2eBeforeTrigg01', 'e2e: trigger answers', 'e2e-trigger', {
		beforeCallbackAnswer: 'trigger',
	});
	const slow = withTrigger('e2eBeforeSlow001', 'e2e: slow workflow', 'e2e-slow', {
		defaultAnswer: 'deny',
	});
	slow.nodes.push({
		id: 'e2e-wait',
		name: 'Wait',
		type: 'n8n-nodes-base.wait',
		typeVersion: 1.1,
		position: [120, 200],
		webhookId: 'e2e-slow-wait',
		parameters: { amount: 3, unit: 'seconds' },
	});
	slow.connections['Before Message Sent'] = {
		main: [[{ node: 'Wait', type: 'main', index: 0 }]],
	};
	slow.connections.Wait = { main: [[{ node: 'Has a Banned Word?', type: 'main', index: 0 }]] };
	const latestRespond = withTrigger('e2eBeforeResp151', 'e2e: Respond 1.5', 'e2e-respond15', {
		defaultAnswer: 'deny',
	});
	for (const node of latestRespond.nodes)
		if (node.type === 'n8n-nodes-base.respondToWebhook') node.typeVersion = 1.5;
	const answerNode = withTrigger('e2eBeforeAnswer1', 'e2e: answer node', 'e2e-answer-node', {});
	answerNode.nodes = [
		answerNode.nodes[0],
		{
			id: 'e2e-answer',
			name: 'Answer Before-Callback',
			type: 'n8n-nodes-wechat-miniprogram.weChatMiniProgram',
			typeVersion: 1,
			position: [240, 0],
			parameters: {
				resource: 'chatCallback',
				operation: 'answer',
				decision:
					'={{ $json.MsgBody[0].MsgContent.Text.toLowerCase().includes("casino") ? "refuse" : "allow" }}',
			},
		},
	];
	answerNode.connections = {
		'Before Message Sent': { main: [[{ node: 'Answer Before-Callback', type: 'main', index: 0 }]] },
	};
	return [moderated, fromTrigger, slow, latestRespond, answerNode];
}

async function beforeSendMsg(webhookId: string, text: string): Promise<Sample> {
	const command = 'OfficialAccount.CallbackBeforeSendMsg';
	const body = JSON.stringify({
		CallbackCommand: command,
		Official_Account: '@TOA#_e2e',
		OnlineOnlyFlag: 0,
		MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: text } }],
		EventTime: Date.now(),
	});
	const started = process.hrtime.bigint();
	const answer = await fetch(
		`${baseUrl}/webhook/${webhookId}/webhook?${signedCallbackQuery(command, SDK_APP_ID, CALLBACK_TOKEN)}`,
		{
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body,
		},
	);
	const text_ = await answer.text();
	return {
		status: answer.status,
		body: text_,
		ms: Number(process.hrtime.bigint() - started) / 1e6,
	};
}

async function waitForWebhook(webhookId: string, timeoutMs = 120_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		try {
			// While n8n starts, and until it has registered the webhook, it answers 503 or 404.
			const answer = await beforeSendMsg(webhookId, 'warm-up');
			if (answer.status === 200) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 1000));
	}
	throw new Error(`the webhook ${webhookId} was not registered`);
}

function summary(name: string, samples: Sample[], expected: (index: number) => string): boolean {
	const times = samples.map((s) => s.ms).sort((a, b) => a - b);
	const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
	const wrong = samples.filter((s, i) => s.status !== 200 || s.body !== expected(i));
	const line = `${name.padEnd(12)} n=${String(samples.length).padEnd(3)} p50=${at(0.5).toFixed(0)} ms  p95=${at(0.95).toFixed(0)} ms  max=${times[times.length - 1].toFixed(0)} ms  wrong answers=${wrong.length}`;
	console.log(line);
	if (wrong.length > 0) console.log(`  first wrong: ${JSON.stringify(wrong[0])}`);
	return wrong.length === 0;
}

async function measure(): Promise<boolean> {
	const texts = (n: number) =>
		Array.from({ length: n }, (_, i) => (i % 2 ? 'Win at the casino' : `Sale ${i}`));
	const moderatedAnswer = (i: number) => (i % 2 ? DENY : ALLOW);
	for (const id of ['e2e-moderated', 'e2e-trigger', 'e2e-slow', 'e2e-respond15'])
		await waitForWebhook(id);
	const results: boolean[] = [];
	const sequential = async (id: string, n: number) => {
		const samples: Sample[] = [];
		for (const text of texts(n)) samples.push(await beforeSendMsg(id, text));
		return samples;
	};
	results.push(summary('trigger', await sequential('e2e-trigger', 30), () => ALLOW));
	results.push(summary('moderated', await sequential('e2e-moderated', 30), moderatedAnswer));
	const concurrent: Sample[] = [];
	for (let round = 0; round < 3; round++)
		concurrent.push(
			...(await Promise.all(texts(10).map((t) => beforeSendMsg('e2e-moderated', t)))),
		);
	results.push(summary('concurrent', concurrent, moderatedAnswer));
	results.push(summary('slow', await sequential('e2e-slow', 4), () => DENY));
	results.push(summary('respond-1.5', await sequential('e2e-respond15', 4), () => DENY));
	results.push(summary('answer-node', await sequential('e2e-answer-node', 30), moderatedAnswer));
	return results.every(Boolean);
}

async function main() {
	const n8nBin = installN8n().bin;
	const env = n8nEnvironment({
		userFolder,
		port,
		brokerPort: process.env.N8N_RUNNERS_BROKER_PORT || Number(port) + 1,
	});
	if (!external) installPackage(userFolder);
	importAndPublish(n8nBin, env, [CREDENTIAL], workflows(), 'e2e-before-');
	const n8n: ChildProcess | undefined = external
		? undefined
		: startN8n(n8nBin, env, ['ignore', 'ignore', 'inherit']);
	try {
		console.log(`n8n ${N8N_VERSION} at ${baseUrl} (${external ? 'external' : 'regular mode'})`);
		const ok = await measure();
		if (!ok) process.exitCode = 1;
	} finally {
		n8n?.kill('SIGTERM');
	}
}

main().catch((error: Error) => {
	console.error(error.message);
	process.exit(1);
});
