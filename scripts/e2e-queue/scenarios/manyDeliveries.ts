/**
 * (b) Many distinct WeChat deliveries at once, with WeChat's retries, through the webhook
 * processor: every delivery is sent as 3 concurrent copies plus 1 later copy, 8 deliveries' copies
 * in flight at a time, so copies of one delivery run on different workers at the same moment while
 * other deliveries run beside them. One delivery in five is a send result whose dedupKey holds a
 * comma. The unique-key recipe must let exactly one item through per delivery and lose none, and
 * its table must hold every key. Remove Duplicates runs beside it on the same executions; what it
 * lets through is measured and reported, not failed: its loss is n8n 2.41.1's (see README).
 */
import { CopySender, followEvent, sentResultEvent } from '../callbackDeliveries';
import type { Delivery } from '../callbackDeliveries';
import { recordedDedupKeys } from '../dedupDatabase';
import { durationMs } from '../executions';
import { callbackDedupWorkflow } from '../workflows';
import { passedTwiceAndMissing, readCallbackRuns, splitAcrossWorkers } from './callbackRuns';
import { exactlyOnce, perSecond } from './scenario';
import type { Scenario } from './scenario';

const DELIVERIES = Number(process.env.E2E_DELIVERIES ?? 100);
const CONCURRENT_COPIES = Number(process.env.E2E_CONCURRENT_COPIES ?? 3);
const LATER_COPIES = 1;
/** Deliveries whose copies are in flight at once (each with all its concurrent copies). */
const PARALLEL_DELIVERIES = 8;

export const manyDeliveries: Scenario = async (context) => {
	const { cluster, endpoints, executions, services } = context;
	const workflow = callbackDedupWorkflow();
	const sender = new CopySender(`${cluster.webhookBaseUrl}/${workflow.webhookPath}`);
	const deliveries: Delivery[] = Array.from({ length: DELIVERIES }, (_, i) =>
		i % 5 === 4
			? sentResultEvent(i, endpoints.weChat.appId)
			: followEvent('Many', i, endpoints.weChat.appId),
	);
	const expectedKeys = deliveries.map((delivery) => delivery.dedupKey);
	const afterId = executions.lastExecutionId();
	const started = Date.now();
	for (let i = 0; i < deliveries.length; i += PARALLEL_DELIVERIES) {
		const wave = deliveries.slice(i, i + PARALLEL_DELIVERIES);
		await Promise.all(
			wave.flatMap((delivery) =>
				Array.from({ length: CONCURRENT_COPIES }, () => sender.send(delivery)),
			),
		);
	}
	// WeChat's later retries, after the first copies have had time to run.
	for (let copy = 0; copy < LATER_COPIES; copy++) {
		for (let i = 0; i < deliveries.length; i += PARALLEL_DELIVERIES * CONCURRENT_COPIES)
			await Promise.all(
				deliveries
					.slice(i, i + PARALLEL_DELIVERIES * CONCURRENT_COPIES)
					.map((delivery) => sender.send(delivery)),
			);
	}
	const sent = sender.answers.length;
	const runs = await readCallbackRuns(context, workflow.id, sender.accepted(), afterId);
	const finishedAt = Math.max(...runs.runs.map((run) => Date.parse(run.stoppedAt ?? '') || 0));
	const problems = [...sender.refusals(), ...runs.problems];
	problems.push(
		...exactlyOnce('items through the unique key', expectedKeys, runs.throughUniqueKey),
	);
	const recorded = new Set(recordedDedupKeys(services.postgres));
	const unrecorded = expectedKeys.filter((key) => !recorded.has(key));
	if (unrecorded.length)
		problems.push(
			`${unrecorded.length} keys are missing from the dedup table (${unrecorded[0]}, ...)`,
		);
	const split = splitAcrossWorkers(runs);
	if (split === 0)
		problems.push(
			'no delivery had copies on both workers: duplicates across workers were not exercised',
		);

	const removeDuplicates = passedTwiceAndMissing(expectedKeys, runs.throughRemoveDuplicates);
	const total = finishedAt - started;
	const uniqueKey = passedTwiceAndMissing(expectedKeys, runs.throughUniqueKey);
	return {
		name: 'Many WeChat deliveries at once with retries: unique key (strict), Remove Duplicates (measured)',
		problems,
		workers: runs.executionsPerWorker,
		figures: [
			[
				'distinct deliveries',
				`${DELIVERIES} (${deliveries.filter((d) => d.dedupKey.includes(',')).length} with a comma in the dedupKey)`,
			],
			['copies sent (concurrent + later)', `${sent} (${CONCURRENT_COPIES} + ${LATER_COPIES} each)`],
			['executions', runs.runs.length],
			['deliveries with copies on both workers', split],
			[
				'unique key: items (twice, lost)',
				`${runs.throughUniqueKey.length} (${uniqueKey.twice}, ${uniqueKey.missing}); table holds ${expectedKeys.length - unrecorded.length} of ${expectedKeys.length}`,
			],
			[
				'Remove Duplicates: items (twice, lost)',
				`${runs.throughRemoveDuplicates.length} (${removeDuplicates.twice}, ${removeDuplicates.missing}): measured, n8n's node`,
			],
			['webhook answer p50 / p99 ms', sender.answerTimes()],
			['first copy to last execution done', `${(total / 1000).toFixed(1)} s`],
			['executions/s', perSecond(runs.runs.length, total)],
			[
				'execution p50 ms',
				runs.runs
					.map(durationMs)
					.sort((a, b) => a - b)
					[runs.runs.length >> 1]?.toFixed(0) ?? '-',
			],
		],
	};
};
