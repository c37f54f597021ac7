import { runBatches } from '../common/batchRunner';
import type { BatchFailure } from '../common/batchRunner';

/** add_subscriber and delete_subscriber take at most 100 accounts per call. */
export const MAX_SUBSCRIBERS_PER_CALL = 100;

export type SubscriberStatus =
	| 'added'
	| 'alreadySubscribed'
	| 'removed'
	| 'notSubscribed'
	| 'failed'
	| 'outcomeUnknown'
	| 'notProcessed';

export interface SubscriberResult {
	officialAccount: string;
	subscriber: string;
	status: SubscriberStatus;
	/** 1-based batch number and count, so a failure can be traced to one call. */
	batch: number;
	batchCount: number;
	error?: string;
}

/** Tencent's per-subscriber Result for add_subscriber: 0 failed, 1 added, 2 already subscribed. */
export function addResultStatus(result: number): SubscriberStatus {
	return result === 1 ? 'added' : result === 2 ? 'alreadySubscribed' : 'failed';
}

/** delete_subscriber: 0 failed, 1 removed, 2 was not subscribed. */
export function deleteResultStatus(result: number): SubscriberStatus {
	return result === 1 ? 'removed' : result === 2 ? 'notSubscribed' : 'failed';
}

/** Calls Tencent for one batch and returns its per-subscriber Result codes. */
export type SubscriberBatchCall = (
	officialAccount: string,
	subscribers: string[],
) => Promise<Map<string, number>>;

export interface SubscriberBatchJob {
	officialAccount: string;
	subscribers: string[];
	call: SubscriberBatchCall;
	statusOf: (result: number) => SubscriberStatus;
	describeError: (error: unknown) => BatchFailure;
	/** Batches sent at once (see runBatches). */
	inFlight?: number;
}

/**
 * Runs a job in batches of 100 (see runBatches), one result per subscriber: a failed batch's
 * subscribers get that error (or outcomeUnknown), and every later one is notProcessed.
 */
export async function runSubscriberBatches(
	job: SubscriberBatchJob,
): Promise<{ results: SubscriberResult[]; failed: boolean }> {
	const { outcomes, failed } = await runBatches({
		values: job.subscribers,
		batchSize: MAX_SUBSCRIBERS_PER_CALL,
		send: async (batch) => await job.call(job.officialAccount, batch),
		describeError: job.describeError,
		inFlight: job.inFlight,
	});
	const results = outcomes.flatMap((outcome) => {
		const base = {
			officialAccount: job.officialAccount,
			batch: outcome.batch,
			batchCount: outcome.batchCount,
		};
		return outcome.values.map((subscriber): SubscriberResult => {
			if (outcome.state === 'notSent') return { ...base, subscriber, status: 'notProcessed' };
			if (outcome.state === 'failed') {
				const { status, message } = outcome.failure;
				return { ...base, subscriber, status, error: message };
			}
			const code = outcome.result.get(subscriber);
			if (code === undefined) {
				return {
					...base,
					subscriber,
					status: 'outcomeUnknown',
					error: "Missing from Tencent's answer",
				};
			}
			const status = job.statusOf(code);
			return status === 'failed'
				? {
						...base,
						subscriber,
						status,
						error: `Tencent reported Result ${code} for this subscriber`,
					}
				: { ...base, subscriber, status };
		});
	});
	return { results, failed };
}

/** One paragraph a user can act on: how many subscribers ended in each state, and which batches failed. */
export function summariseSubscriberResults(results: SubscriberResult[]): string {
	const counts = new Map<SubscriberStatus, number>();
	for (const result of results) counts.set(result.status, (counts.get(result.status) ?? 0) + 1);
	const parts = [...counts].map(([status, count]) => `${count} ${status}`);
	const failedBatches = [
		...new Set(
			results
				.filter((r) => r.status === 'failed' || r.status === 'outcomeUnknown')
				.map((r) => r.batch),
		),
	];
	const notProcessed = results.filter((r) => r.status === 'notProcessed');
	let text = `Subscribers: ${parts.join(', ')}.`;
	if (failedBatches.length) text += ` Failed or unclear batch(es): ${failedBatches.join(', ')}.`;
	if (notProcessed.length) {
		text += ` Not processed (never sent): ${notProcessed.length}, starting with "${notProcessed[0].subscriber}".`;
	}
	return text;
}
