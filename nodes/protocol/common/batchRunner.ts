import { chunk } from './chunk';
import { runInOrder } from './runInOrder';

export interface BatchFailure {
	status: 'failed' | 'outcomeUnknown';
	message: string;
}

interface BatchPlace<V> {
	/** 1-based batch number and count, so a failure can be traced to one call. */
	batch: number;
	batchCount: number;
	/** 1-based position of the batch's first value in the whole list. */
	firstIndex: number;
	values: V[];
}

/** What became of one batch: sent (with the call's result), failed or unclear, or never sent. */
export type BatchOutcome<V, R> = BatchPlace<V> &
	(
		| { state: 'sent'; result: R }
		| { state: 'failed'; failure: BatchFailure }
		| { state: 'notSent' }
	);

export interface BatchRun<V, R> {
	values: V[];
	batchSize: number;
	send: (batch: V[]) => Promise<R>;
	describeError: (error: unknown) => BatchFailure;
	/** Batches sent at once (default 1: each waits for the one before). */
	inFlight?: number;
}

/**
 * Sends `values` in batches, one call each, up to `inFlight` at a time, and reports every batch.
 * Stops starting batches at the first failed or unclear one: calls like push are not idempotent,
 * so nothing is resent. Batches already in flight finish and are reported as they ended; every
 * batch never started is reported as not sent, leaving the caller an exact account.
 */
export async function runBatches<V, R>(
	run: BatchRun<V, R>,
): Promise<{ outcomes: BatchOutcome<V, R>[]; failed: boolean }> {
	const batches = chunk(run.values, run.batchSize);
	const results = await runInOrder({
		inputs: batches,
		inFlight: run.inFlight ?? 1,
		run: async (values) => await run.send(values),
		stopOnFailure: true,
	});
	let failed = false;
	const outcomes = results.map((result, index): BatchOutcome<V, R> => {
		const place = {
			batch: index + 1,
			batchCount: batches.length,
			firstIndex: index * run.batchSize + 1,
			values: batches[index],
		};
		if (result.state === 'done') return { ...place, state: 'sent', result: result.value };
		if (result.state === 'notStarted') return { ...place, state: 'notSent' };
		failed = true;
		return { ...place, state: 'failed', failure: run.describeError(result.error) };
	});
	return { outcomes, failed };
}
