/** What became of one job of runInOrder. */
export type JobOutcome<R> =
	| { state: 'done'; value: R }
	| { state: 'failed'; error: unknown }
	/** Never started: an earlier job failed first. */
	| { state: 'notStarted' };

export interface InOrderRun<T, R> {
	inputs: readonly T[];
	/** At most this many jobs run at once (1: one after the other). */
	inFlight: number;
	run: (input: T, index: number) => Promise<R>;
	/** Whether the first failure stops jobs from starting (true unless "Continue On Fail"). */
	stopOnFailure: boolean;
}

/**
 * Runs one job per input with up to `inFlight` at a time, for calls whose speed is bound by network
 * latency. Jobs start in input order; after a failure (with stopOnFailure) no job starts, but the
 * jobs already in flight finish, so their outcome is known and reported. Outcomes come back in
 * input order. Nothing here retries: each job's call decides that for itself.
 */
export async function runInOrder<T, R>(job: InOrderRun<T, R>): Promise<JobOutcome<R>[]> {
	const { inputs } = job;
	const inFlight = Math.max(1, Math.floor(job.inFlight) || 1);
	const outcomes: JobOutcome<R>[] = inputs.map(() => ({ state: 'notStarted' }));
	let next = 0;
	let stopped = false;
	const lane = async () => {
		while (!stopped && next < inputs.length) {
			const index = next++;
			try {
				outcomes[index] = { state: 'done', value: await job.run(inputs[index], index) };
			} catch (error) {
				outcomes[index] = { state: 'failed', error };
				if (job.stopOnFailure) stopped = true;
			}
		}
	};
	await Promise.all(Array.from({ length: Math.min(inFlight, inputs.length) }, lane));
	return outcomes;
}
