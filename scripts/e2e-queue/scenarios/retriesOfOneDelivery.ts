/**
 * (a) WeChat's retries of one delivery at a time, through the webhook processor: in each round one
 * new follow event is sent as 6 concurrent copies, then 3 later copies once those are answered, so
 * copies run on both workers at the same moment. Exactly one item must come through the unique key
 * per round. Remove Duplicates runs beside it on the same executions and is measured, not failed:
 * even one delivery at a time, 6 concurrent copies on two workers can race its one-row history
 * (seen in CI: 6 items in 5 rounds), which is n8n 2.41.1's loss (see README). The round's
 * executions finish before the next round starts.
 */
import { CopySender, followEvent } from '../callbackDeliveries';
import { callbackDedupWorkflow } from '../workflows';
import { readCallbackRuns, splitAcrossWorkers } from './callbackRuns';
import { countBy, exactlyOnce } from './scenario';
import type { Scenario } from './scenario';

const ROUNDS = Number(process.env.E2E_RETRY_ROUNDS ?? 5);
const CONCURRENT_COPIES = 6;
const LATER_COPIES = 3;

export const retriesOfOneDelivery: Scenario = async (context) => {
	const workflow = callbackDedupWorkflow();
	const sender = new CopySender(`${context.cluster.webhookBaseUrl}/${workflow.webhookPath}`);
	const problems: string[] = [];
	const workers = new Map<string, number>();
	let roundsOnBothWorkers = 0;
	let removeDuplicatesItems = 0;
	let uniqueKeyItems = 0;
	const started = Date.now();
	for (let round = 0; round < ROUNDS; round++) {
		const delivery = followEvent('Retry', round, context.endpoints.weChat.appId);
		const afterId = context.executions.lastExecutionId();
		const acceptedBefore = sender.accepted();
		await Promise.all(Array.from({ length: CONCURRENT_COPIES }, () => sender.send(delivery)));
		await Promise.all(Array.from({ length: LATER_COPIES }, () => sender.send(delivery)));
		const runs = await readCallbackRuns(
			context,
			workflow.id,
			sender.accepted() - acceptedBefore,
			afterId,
		);
		problems.push(...runs.problems.map((problem) => `round ${round + 1}: ${problem}`));
		problems.push(
			...exactlyOnce(
				`round ${round + 1}, items through the unique key`,
				[delivery.dedupKey],
				runs.throughUniqueKey,
			),
		);
		removeDuplicatesItems += runs.throughRemoveDuplicates.length;
		uniqueKeyItems += runs.throughUniqueKey.length;
		if (splitAcrossWorkers(runs) > 0) roundsOnBothWorkers++;
		for (const [worker, count] of Object.entries(runs.executionsPerWorker))
			workers.set(worker, (workers.get(worker) ?? 0) + count);
	}
	problems.push(...sender.refusals());
	if (roundsOnBothWorkers === 0)
		problems.push(
			'no round had copies on both workers: duplicates across workers were not exercised',
		);
	return {
		name: 'WeChat retries of one delivery at a time: unique key (strict), Remove Duplicates (measured)',
		problems,
		workers: Object.fromEntries(workers),
		figures: [
			['rounds (one delivery each)', ROUNDS],
			[
				'copies per round (concurrent + later)',
				`${CONCURRENT_COPIES + LATER_COPIES} (${CONCURRENT_COPIES} + ${LATER_COPIES})`,
			],
			['executions', sender.answers.length],
			['rounds with copies on both workers', `${roundsOnBothWorkers} of ${ROUNDS}`],
			[
				'items through Remove Duplicates',
				`${removeDuplicatesItems} (one a round is right): measured, n8n's node`,
			],
			['items through the unique key', `${uniqueKeyItems} (expected ${ROUNDS})`],
			['webhook answer p50 / p99 ms', sender.answerTimes()],
			['all rounds', `${((Date.now() - started) / 1000).toFixed(1)} s`],
			[
				'answers',
				[...countBy(sender.answers.map((answer) => `${answer.status} ${answer.text}`))]
					.map(([answer, count]) => `${count} x ${answer}`)
					.join(', '),
			],
		],
	};
};
