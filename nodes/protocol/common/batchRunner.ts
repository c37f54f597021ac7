import { chunk } from './chunk';

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
}

/**
 * Sends `values` in batches, one call each, and reports every batch. Stops at the first failed or
 * unclear batch: calls like push are not idempotent, so nothing is resent, and every later batch is
 * reported as not sent, leaving the caller an exact account of what was and was not done.
 */
export async function runBatches<V, R>(
	run: BatchRun<V, R>,
): Promise<{ outcomes: BatchOutcome<V, R>[]; failed: boolean }> {
	const batches = chunk(run.values, run.batchSize);
	const outcomes: BatchOutcome<V, R>[] = [];
	let failed = false;
	for (const [index, values] of batches.entries()) {
		const place = {
			batch: index + 1,
			batchCount: batches.length,
			firstIndex: index * run.batchSize + 1,
			values,
		};
		if (failed) {
			outcomes.push({ ...place, state: 'notSent' });
			continue;
		}
		try {
			outcomes.push({ ...place, state: 'sent', result: await run.send(values) });
		} catch (error) {
			outcomes.push({ ...place, state: 'failed', failure: run.describeError(error) });
			failed = true;
		}
	}
	return { outcomes, failed };
}
