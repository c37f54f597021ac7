/**
 * (g) A burst of customer service messages: 500 users each write one text message within 10 s,
 * signed and encrypted as WeChat sends them (safe mode), to the trigger's production URL through
 * the webhook processor, and WeChat resends some of them (the same MsgId, a fresh timestamp and
 * nonce) while the first copies are still being handled. The workflow is trigger -> the unique-key
 * recipe (examples/drop-callback-retries-queue-mode.json) -> Customer Service > Send to the local
 * WeChat, with Remove Duplicates on dedupKey beside it.
 *
 * Strict: every answer to WeChat is `success` within WeChat's 5 s; every message comes out of the
 * unique key exactly once (none lost, none doubled); the local WeChat accepts exactly one send per
 * message, to its sender, and refuses none. Remove Duplicates is measured: two workers at once can
 * lose each other's history in n8n 2.41.1 (README, Queue mode).
 */
import { encryptForPush } from '../../lib/weChatCallbacks';
import type { Role } from '../n8nProcesses';
import { lowerPriority } from '../processes';
import { CopySender } from '../callbackDeliveries';
import { durationMs } from '../executions';
import {
	CALLBACK_SECRETS,
	CUSTOMER_SERVICE_NODES,
	customerServiceBurstWorkflow,
} from '../workflows';
import { countBy, exactlyOnce, perSecond } from './scenario';
import type { Scenario } from './scenario';

const MESSAGES = Number(process.env.E2E_CS_MESSAGES ?? 500);
const BURST_MS = Number(process.env.E2E_CS_BURST_MS ?? 10_000);
/** Every RETRY_EVERY-th message is resent RETRY_AFTER_MS after its first copy, inside the burst. */
const RETRY_EVERY = 10;
const RETRY_AFTER_MS = 2000;
/** WeChat gives up on an answer after 5 s (then it resends). */
const WECHAT_WAIT_MS = 5000;
/**
 * In production the webhook processor has CPU of its own (queue mode puts it on its own host); on
 * one 2-core machine the workers and main run this many nice steps lower during the burst, so that
 * executions queue up behind the answers and not the other way round. 0 shares the CPU evenly.
 */
const OTHERS_NICE = Number(process.env.E2E_CS_OTHERS_NICE ?? 10);
const OTHERS: Role[] = ['main', 'worker1', 'worker2'];

interface Message {
	msgId: string;
	openid: string;
	encrypted: string;
}

const sleepUntil = (at: number) =>
	new Promise((resolve) => setTimeout(resolve, Math.max(0, at - performance.now())));

export const customerServiceBurst: Scenario = async (context) => {
	const { cluster, endpoints, executions } = context;
	const workflow = customerServiceBurstWorkflow();
	const url = `${cluster.webhookBaseUrl}/${workflow.webhookPath}`;
	const runId = Date.now().toString(36);
	const messages: Message[] = Array.from({ length: MESSAGES }, (_, i) => {
		// 64-bit MsgIds, bigger than 2^53: only an exact string keeps them apart.
		const msgId = String(
			18_446_744_073_000_000_000n + BigInt(Date.now() % 1_000_000) * 1000n + BigInt(i),
		);
		const openid = `oE2eCs${runId}${String(i).padStart(4, '0')}`;
		const xml =
			`<xml><ToUserName><![CDATA[gh_e2e]]></ToUserName><FromUserName><![CDATA[${openid}]]></FromUserName>` +
			`<CreateTime>${Math.floor(Date.now() / 1000)}</CreateTime><MsgType><![CDATA[text]]></MsgType>` +
			`<Content><![CDATA[Where is my order ${i}?]]></Content><MsgId>${msgId}</MsgId></xml>`;
		return {
			msgId,
			openid,
			encrypted: encryptForPush(xml, CALLBACK_SECRETS.encodingAESKey, endpoints.weChat.appId),
		};
	});
	// Each user has just written: the local WeChat lets the Mini Program answer them (5 in 48 h).
	await fetch(`${endpoints.controlUrl}/customer-service/wrote`, {
		method: 'POST',
		body: JSON.stringify({ openids: messages.map((message) => message.openid) }),
	});
	await context.resetStats();

	const sender = new CopySender(url);
	const send = (message: Message) =>
		sender.send({ dedupKey: `msg:${message.msgId}`, encrypted: message.encrypted });
	const schedule: { at: number; message: Message }[] = [];
	messages.forEach((message, i) => {
		const at = (i * BURST_MS) / MESSAGES;
		schedule.push({ at, message });
		if (i % RETRY_EVERY === 3 && at + RETRY_AFTER_MS < BURST_MS)
			schedule.push({ at: at + RETRY_AFTER_MS, message });
	});
	schedule.sort((a, b) => a.at - b.at);

	const restorePriorities = OTHERS.map((role) =>
		lowerPriority(cluster.processes[role], OTHERS_NICE),
	);
	const afterId = executions.lastExecutionId();
	const started = performance.now();
	const startedAt = Date.now();
	const inFlight: Promise<void>[] = [];
	// Open loop, as WeChat sends: each copy leaves at its time, whether or not earlier ones were answered.
	for (const { at, message } of schedule) {
		await sleepUntil(started + at);
		inFlight.push(send(message));
	}
	const sentWithinMs = performance.now() - started;
	await Promise.all(inFlight);

	const answers = sender.answers;
	const accepted = sender.accepted();
	const problems: string[] = sender.refusals();
	const times = answers.map((answer) => answer.ms).sort((a, b) => a - b);
	const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
	const late = times.filter((ms) => ms >= WECHAT_WAIT_MS).length;
	if (late)
		problems.push(`${late} answers took WeChat's 5 s or longer (max ${at(1).toFixed(0)} ms)`);

	const runs = await executions.waitForFinished(workflow.id, accepted, 300_000, afterId);
	for (const restore of restorePriorities) restore();
	if (runs.length !== accepted)
		problems.push(`${accepted} accepted copies started ${runs.length} executions`);
	const failed = runs.filter((run) => run.status !== 'success');
	if (failed.length)
		problems.push(
			`${failed.length} executions did not succeed (${[...countBy(failed.map((run) => run.status))].join(', ')})`,
		);
	const data = executions.runData(runs.map((run) => run.id));
	const decoded: string[] = [];
	const throughUniqueKey: string[] = [];
	const throughRemoveDuplicates: string[] = [];
	for (const run of runs) {
		const runData = data.get(run.id);
		for (const item of runData?.output(CUSTOMER_SERVICE_NODES.trigger) ?? []) {
			if (typeof item.MsgId !== 'string' || item.dedupKey !== `msg:${item.MsgId}`)
				problems.push(
					`execution ${run.id}: MsgId ${String(item.MsgId)}, dedupKey ${String(item.dedupKey)}`,
				);
			decoded.push(String(item.MsgId));
		}
		for (const item of runData?.output(CUSTOMER_SERVICE_NODES.uniqueKeyEvent) ?? [])
			throughUniqueKey.push(String(item.MsgId));
		for (const item of runData?.output(CUSTOMER_SERVICE_NODES.removeDuplicates) ?? [])
			throughRemoveDuplicates.push(String(item.MsgId));
	}
	const expected = messages.map((message) => message.msgId);
	problems.push(
		...exactlyOnce('messages decoded by the trigger (copies included)', expected, [
			...new Set(decoded),
		]),
	);
	problems.push(...exactlyOnce('messages after the unique key', expected, throughUniqueKey));

	const stats = (await context.stats()).weChat.customerServiceSend;
	const senderOf = new Map(messages.map((message) => [message.msgId, message.openid]));
	const sentFor = stats.sent.map(({ touser, text }) => {
		const msgId = text.replace(/^Received /, '');
		if (senderOf.get(msgId) !== touser)
			problems.push(`"${text}" went to ${touser}, not to its sender`);
		return msgId;
	});
	problems.push(...exactlyOnce('sends the local WeChat accepted', expected, sentFor));
	if (Object.keys(stats.otherErrors).length)
		problems.push(`the local WeChat refused sends: ${JSON.stringify(stats.otherErrors)}`);

	const finishedAt = Math.max(...runs.map((run) => Date.parse(run.stoppedAt ?? '') || 0));
	const workerOf = executions.workerOfExecutions();
	const perWorker = Object.fromEntries(
		countBy(runs.map((run) => workerOf.get(run.id) ?? 'unknown')),
	);
	const doubledAndLost = (through: string[]) => {
		const counts = countBy(through);
		const doubled = [...counts.values()].filter((count) => count > 1).length;
		const lost = expected.filter((msgId) => !counts.has(msgId)).length;
		return `${through.length} (${doubled}, ${lost})`;
	};
	const retries = schedule.length - messages.length;
	return {
		name: 'Customer service burst: 500 messages in 10 s with retries -> unique key -> Send (strict)',
		problems,
		workers: perWorker,
		figures: [
			['messages (users)', `${MESSAGES} in ${(sentWithinMs / 1000).toFixed(1)} s`],
			['main and the workers: nice steps below the webhook processor', OTHERS_NICE],
			['copies sent (retries of one MsgId)', `${schedule.length} (${retries})`],
			['answered success / within 5 s', `${accepted} / ${answers.length - late}`],
			[
				'answer p50 / p99 / max ms',
				`${at(0.5).toFixed(0)} / ${at(0.99).toFixed(0)} / ${at(1).toFixed(0)}`,
			],
			['executions', runs.length],
			['after the unique key: items (doubled, lost)', doubledAndLost(throughUniqueKey)],
			[
				'after Remove Duplicates beside it: items (doubled, lost)',
				doubledAndLost(throughRemoveDuplicates),
			],
			[
				'sends accepted by the local WeChat',
				`${stats.sent.length} for ${new Set(sentFor).size} messages`,
			],
			['first copy to last execution done', `${((finishedAt - startedAt) / 1000).toFixed(1)} s`],
			['executions/s', perSecond(runs.length, finishedAt - startedAt)],
			[
				'execution p50 ms',
				runs
					.map(durationMs)
					.sort((a, b) => a - b)
					[runs.length >> 1]?.toFixed(0) ?? '-',
			],
		],
	};
};
