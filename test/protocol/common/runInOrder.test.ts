import { runInOrder } from '../../../nodes/protocol/common/runInOrder';

/** A job that resolves (or rejects) when the test says so, recording when it started. */
function controlled(count: number) {
	const started: number[] = [];
	const settle: Array<{ resolve: (value: string) => void; reject: (error: Error) => void }> = [];
	const run = async (_: number, index: number) => {
		started.push(index);
		return await new Promise<string>((resolve, reject) => (settle[index] = { resolve, reject }));
	};
	return { inputs: Array.from({ length: count }, (_, i) => i), run, started, settle };
}

const tick = async () => await new Promise((resolve) => setImmediate(resolve));

describe('runInOrder', () => {
	test('starts jobs in input order, never more than inFlight at once, and returns outcomes in input order', async () => {
		const jobs = controlled(5);
		const done = runInOrder({ ...jobs, inFlight: 2, stopOnFailure: true });
		await tick();
		expect(jobs.started).toEqual([0, 1]);
		jobs.settle[1].resolve('b');
		await tick();
		expect(jobs.started).toEqual([0, 1, 2]);
		jobs.settle[0].resolve('a');
		await tick();
		expect(jobs.started).toEqual([0, 1, 2, 3]);
		for (const index of [3, 2]) jobs.settle[index].resolve(String(index));
		await tick();
		jobs.settle[4].resolve('e');
		expect((await done).map((outcome) => outcome.state === 'done' && outcome.value)).toEqual([
			'a',
			'b',
			'2',
			'3',
			'e',
		]);
	});

	test('after a failure nothing starts; jobs in flight finish and are reported; the rest are notStarted', async () => {
		const jobs = controlled(6);
		const done = runInOrder({ ...jobs, inFlight: 3, stopOnFailure: true });
		await tick();
		const failure = new Error('refused');
		jobs.settle[1].reject(failure);
		await tick();
		expect(jobs.started).toEqual([0, 1, 2]);
		jobs.settle[0].resolve('a');
		jobs.settle[2].reject(new Error('unclear'));
		const outcomes = await done;
		expect(jobs.started).toEqual([0, 1, 2]);
		expect(outcomes.map((outcome) => outcome.state)).toEqual([
			'done',
			'failed',
			'failed',
			'notStarted',
			'notStarted',
			'notStarted',
		]);
		expect(outcomes[1]).toEqual({ state: 'failed', error: failure });
	});

	test('without stopOnFailure every job runs; inFlight below 1 means one at a time', async () => {
		let running = 0;
		let most = 0;
		const outcomes = await runInOrder({
			inputs: [1, 2, 3, 4],
			inFlight: 0,
			stopOnFailure: false,
			run: async (value) => {
				most = Math.max(most, ++running);
				await tick();
				running--;
				if (value === 2) throw new Error('two');
				return value * 10;
			},
		});
		expect(most).toBe(1);
		expect(outcomes.map((outcome) => outcome.state)).toEqual(['done', 'failed', 'done', 'done']);
	});
});
