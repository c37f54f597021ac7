/**
 * (a) WeChat's callbacks through the webhook processor, with WeChat's retries: every delivery is
 * sent as several concurrent copies plus one later copy (new timestamp and nonce each time, as
 * WeChat retries), so copies of one delivery run on different workers at the same moment. Remove
 * Duplicates on `dedupKey` must let exactly one item through per distinct delivery.
 */
import { createCipheriv, createHash, randomBytes } from 'node:crypto';

import { durationMs } from '../executions';
import { CALLBACK_SECRETS, triggerDedupWorkflow } from '../workflows';
import { countBy, exactlyOnce, perSecond, type Scenario } from './scenario';

const DELIVERIES = Number(process.env.E2E_DELIVERIES ?? 100);
const CONCURRENT_COPIES = Number(process.env.E2E_CONCURRENT_COPIES ?? 3);
const LATER_COPIES = 1;
/** Deliveries whose copies are in flight at once (each with all its concurrent copies). */
const PARALLEL_DELIVERIES = 8;

const sha1 = (...parts: string[]) => createHash('sha1').update(parts.sort().join('')).digest('hex');

/** WXBizMsgCrypt encryption, written from WeChat's spec (apart from the node's code). */
function encrypt(message: string, appId: string): string {
	const key = Buffer.from(`${CALLBACK_SECRETS.encodingAESKey}=`, 'base64');
	const body = Buffer.from(message, 'utf8');
	const length = Buffer.alloc(4);
	length.writeUInt32BE(body.length, 0);
	const plain = Buffer.concat([randomBytes(16), length, body, Buffer.from(appId)]);
	const pad = 32 - (plain.length % 32);
	const cipher = createCipheriv('aes-256-cbc', key, key.subarray(0, 16)).setAutoPadding(false);
	return Buffer.concat([
		cipher.update(Buffer.concat([plain, Buffer.alloc(pad, pad)])),
		cipher.final(),
	]).toString('base64');
}

interface Delivery {
	dedupKey: string;
	encrypted: string;
}

function followEvent(index: number, appId: string): Delivery {
	const openid = `oE2eFollower${String(index).padStart(5, '0')}`;
	const time = 1_700_000_000 + index;
	const xml =
		`<xml><ToUserName><![CDATA[gh_e2e]]></ToUserName><FromUserName><![CDATA[${openid}]]></FromUserName>` +
		`<CreateTime>${Math.floor(Date.now() / 1000)}</CreateTime><MsgType><![CDATA[event]]></MsgType>` +
		`<Event><![CDATA[wxalive_follow_notify]]></Event><FollowNotify><room_id>1</room_id>` +
		`<user_openid><![CDATA[${openid}]]></user_openid><time>${time}</time><live_status>102</live_status>` +
		`<action><![CDATA[add_follow]]></action></FollowNotify></xml>`;
	return {
		dedupKey: `wxalive_follow_notify|1|${openid}|add_follow|${time}`,
		encrypted: encrypt(xml, appId),
	};
}

/** One copy as WeChat sends it: the same encrypted message, a fresh timestamp and nonce. */
function signedCopy({ encrypted }: Delivery): { query: string; body: string } {
	const timestamp = String(Math.floor(Date.now() / 1000));
	const nonce = randomBytes(6).toString('hex');
	const query = new URLSearchParams({
		signature: sha1(CALLBACK_SECRETS.token, timestamp, nonce),
		timestamp,
		nonce,
		encrypt_type: 'aes',
		msg_signature: sha1(CALLBACK_SECRETS.token, timestamp, nonce, encrypted),
	});
	return {
		query: query.toString(),
		body: `<xml><ToUserName><![CDATA[gh_e2e]]></ToUserName><Encrypt><![CDATA[${encrypted}]]></Encrypt></xml>`,
	};
}

export const triggerDedup: Scenario = async ({ cluster, executions, endpoints }) => {
	const workflow = triggerDedupWorkflow();
	const url = `${cluster.webhookBaseUrl}/${workflow.webhookPath}`;
	const deliveries = Array.from({ length: DELIVERIES }, (_, i) =>
		followEvent(i, endpoints.weChat.appId),
	);
	const answers: { status: number; text: string; ms: number }[] = [];
	const send = async (delivery: Delivery) => {
		const { query, body } = signedCopy(delivery);
		const started = performance.now();
		const answer = await fetch(`${url}?${query}`, {
			method: 'POST',
			headers: { 'content-type': 'text/xml' },
			body,
		}).then(
			async (response) => ({ status: response.status, text: await response.text() }),
			(error: Error) => ({ status: 0, text: error.message }),
		);
		answers.push({ ...answer, ms: performance.now() - started });
	};
	const started = Date.now();
	for (let i = 0; i < deliveries.length; i += PARALLEL_DELIVERIES) {
		const wave = deliveries.slice(i, i + PARALLEL_DELIVERIES);
		await Promise.all(
			wave.flatMap((delivery) => Array.from({ length: CONCURRENT_COPIES }, () => send(delivery))),
		);
	}
	// WeChat's later retries, after the first copies have had time to run.
	for (let copy = 0; copy < LATER_COPIES; copy++) {
		for (let i = 0; i < deliveries.length; i += PARALLEL_DELIVERIES * CONCURRENT_COPIES)
			await Promise.all(deliveries.slice(i, i + PARALLEL_DELIVERIES * CONCURRENT_COPIES).map(send));
	}
	const sent = answers.length;
	const problems: string[] = [];
	const refused = answers.filter((answer) => answer.status !== 200 || answer.text !== 'success');
	if (refused.length)
		problems.push(
			`${refused.length} of ${sent} deliveries were not answered "success" (first: ${refused[0].status} ${refused[0].text.slice(0, 120)})`,
		);

	const runs = await executions.waitForFinished(workflow.id, sent, 300_000);
	const finishedAt = Math.max(...runs.map((run) => Date.parse(run.stoppedAt ?? '') || 0));
	if (runs.length !== sent) problems.push(`${sent} deliveries started ${runs.length} executions`);
	const failed = runs.filter((run) => run.status !== 'success');
	if (failed.length)
		problems.push(
			`${failed.length} executions did not succeed (${[...countBy(failed.map((run) => run.status))].join(', ')})`,
		);

	const data = executions.runData(runs.map((run) => run.id));
	const passed: string[] = [];
	let decoded = 0;
	const workerOf = executions.workerOfExecutions();
	const workersByKey = new Map<string, Set<string>>();
	for (const run of runs) {
		const runData = data.get(run.id);
		const [event] = runData?.output('WeChat Callbacks') ?? [];
		if (event?.Event === 'wxalive_follow_notify' && typeof event.dedupKey === 'string') {
			decoded++;
			const workers = workersByKey.get(event.dedupKey) ?? new Set();
			workers.add(workerOf.get(run.id) ?? 'unknown');
			workersByKey.set(event.dedupKey, workers);
		}
		for (const item of runData?.output('Remove Duplicates') ?? [])
			passed.push(String(item.dedupKey));
	}
	if (decoded !== sent)
		problems.push(`${decoded} of ${sent} executions hold the decoded event with its dedupKey`);
	problems.push(
		...exactlyOnce(
			'items through Remove Duplicates',
			deliveries.map((d) => d.dedupKey),
			passed,
		),
	);
	const workers = Object.fromEntries(countBy(runs.map((run) => workerOf.get(run.id) ?? 'unknown')));
	const splitAcrossWorkers = [...workersByKey.values()].filter((set) => set.size > 1).length;
	if (!workers.worker1 || !workers.worker2)
		problems.push(`the executions did not run on both workers: ${JSON.stringify(workers)}`);
	if (splitAcrossWorkers === 0)
		problems.push(
			'no delivery had copies on both workers: duplicates across workers were not exercised',
		);

	const ms = answers.map((answer) => answer.ms).sort((a, b) => a - b);
	const total = finishedAt - started;
	return {
		name: 'Trigger + Remove Duplicates through the webhook processor',
		problems,
		workers,
		figures: [
			['distinct deliveries', DELIVERIES],
			['copies sent (concurrent + later)', `${sent} (${CONCURRENT_COPIES} + ${LATER_COPIES} each)`],
			['executions', runs.length],
			['decoded events with dedupKey', decoded],
			['items through Remove Duplicates', passed.length],
			['deliveries with copies on both workers', splitAcrossWorkers],
			[
				'webhook answer p50 / p99 ms',
				`${ms[ms.length >> 1]?.toFixed(0)} / ${ms[Math.floor(ms.length * 0.99)]?.toFixed(0)}`,
			],
			['first delivery to last execution done', `${(total / 1000).toFixed(1)} s`],
			['executions/s', perSecond(runs.length, total)],
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
