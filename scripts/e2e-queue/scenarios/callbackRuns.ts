/**
 * What the executions of the callback workflow did with the copies sent: per execution its
 * worker, the decoded event's dedupKey, and the keys that came out of each way of dropping copies.
 */
import type { Execution } from '../executions';
import type { Role } from '../n8nProcesses';
import { CALLBACK_NODES } from '../workflows';
import { countBy } from './scenario';
import type { ScenarioContext } from './scenario';

export interface CallbackRuns {
	runs: Execution[];
	/** Executions missing, failed or without the decoded event. */
	problems: string[];
	/** Keys that came out of the unique-key recipe (its last node), one per item. */
	throughUniqueKey: string[];
	/** Keys that came out of Remove Duplicates, one per item. */
	throughRemoveDuplicates: string[];
	/** dedupKey -> the workers its copies ran on. */
	workersByKey: Map<string, Set<Role | 'unknown'>>;
	executionsPerWorker: Partial<Record<Role, number>>;
}

/** Reads the executions of the workflow after execution `afterId`, `expected` of them (the copies accepted). */
export async function readCallbackRuns(
	{ executions }: ScenarioContext,
	workflowId: string,
	expected: number,
	afterId: number,
): Promise<CallbackRuns> {
	const runs = await executions.waitForFinished(workflowId, expected, 300_000, afterId);
	const problems: string[] = [];
	if (runs.length !== expected)
		problems.push(`${expected} accepted copies started ${runs.length} executions`);
	const failed = runs.filter((run) => run.status !== 'success');
	if (failed.length)
		problems.push(
			`${failed.length} executions did not succeed (${[...countBy(failed.map((run) => run.status))].join(', ')})`,
		);
	const data = executions.runData(runs.map((run) => run.id));
	const workerOf = executions.workerOfExecutions();
	const throughUniqueKey: string[] = [];
	const throughRemoveDuplicates: string[] = [];
	const workersByKey = new Map<string, Set<Role | 'unknown'>>();
	let decoded = 0;
	for (const run of runs) {
		const runData = data.get(run.id);
		const [event] = runData?.output(CALLBACK_NODES.trigger) ?? [];
		if (typeof event?.dedupKey === 'string') {
			decoded++;
			const workers = workersByKey.get(event.dedupKey) ?? new Set();
			workers.add(workerOf.get(run.id) ?? 'unknown');
			workersByKey.set(event.dedupKey, workers);
		}
		for (const item of runData?.output(CALLBACK_NODES.uniqueKeyEvent) ?? [])
			throughUniqueKey.push(String(item.dedupKey));
		for (const item of runData?.output(CALLBACK_NODES.removeDuplicates) ?? [])
			throughRemoveDuplicates.push(String(item.dedupKey));
	}
	if (decoded !== runs.length)
		problems.push(
			`${decoded} of ${runs.length} executions hold the decoded event with its dedupKey`,
		);
	const executionsPerWorker = Object.fromEntries(
		countBy(runs.map((run) => workerOf.get(run.id) ?? 'unknown')),
	) as Partial<Record<Role, number>>;
	if (!executionsPerWorker.worker1 || !executionsPerWorker.worker2)
		problems.push(
			`the executions did not run on both workers: ${JSON.stringify(executionsPerWorker)}`,
		);
	return {
		runs,
		problems,
		throughUniqueKey,
		throughRemoveDuplicates,
		workersByKey,
		executionsPerWorker,
	};
}

/** Deliveries whose copies ran on both workers. */
export function splitAcrossWorkers({ workersByKey }: CallbackRuns): number {
	return [...workersByKey.values()].filter((workers) => workers.size > 1).length;
}

/** Keys that came through more than once, and expected keys that never came through. */
export function passedTwiceAndMissing(
	expected: string[],
	passed: string[],
): { twice: number; missing: number } {
	const counts = countBy(passed);
	return {
		twice: [...counts.values()].filter((count) => count > 1).length,
		missing: expected.filter((key) => !counts.has(key)).length,
	};
}
