import { RatePacer } from '../../../nodes/protocol/common/ratePacer';

/** A clock that only moves when the pacer sleeps, so the schedule is exact. */
function virtualClock() {
	let now = 0;
	const sleeps: number[] = [];
	return {
		now: () => now,
		sleep: async (ms: number) => {
			sleeps.push(ms);
			now += ms;
		},
		advance: (ms: number) => (now += ms),
		sleeps,
	};
}

describe('RatePacer', () => {
	test('a window of a minute (12,000 recipients a minute): 24 batches of 500 at once, the 25th a minute after the first', async () => {
		const clock = virtualClock();
		const pacer = new RatePacer(12_000, clock, 60_000);
		const sentAt: number[] = [];
		for (let batch = 0; batch < 26; batch++)
			await pacer.run(500, async () => sentAt.push(clock.now()));
		expect(sentAt.slice(0, 24).every((at) => at === 0)).toBe(true);
		expect(sentAt[24]).toBe(60_001);
		expect(sentAt[25]).toBe(60_001);
		await expect(pacer.run(12_001, async () => 0)).rejects.toThrow(
			'12001 units can never fit a limit of 12000 per 60000 ms',
		);
	});

	test('never lets more than the limit into any sliding second', async () => {
		const clock = virtualClock();
		const pacer = new RatePacer(2000, clock);
		const sentAt: { at: number; units: number }[] = [];
		for (const units of [2000, 2000, 500, 1500, 700]) {
			await pacer.run(units, async () => sentAt.push({ at: clock.now(), units }));
		}
		for (const { at } of sentAt) {
			const inWindow = sentAt
				.filter((other) => other.at <= at && other.at > at - 1000)
				.reduce((sum, other) => sum + other.units, 0);
			expect(inWindow).toBeLessThanOrEqual(2000);
		}
		expect(sentAt.map((entry) => entry.at)).toEqual([0, 1001, 2002, 2002, 3003]);
	});

	test('counts units from when the call settled, not when it started', async () => {
		const clock = virtualClock();
		const pacer = new RatePacer(100, clock);
		await pacer.run(100, async () => clock.advance(300)); // a slow first call
		const startedAt: number[] = [];
		await pacer.run(100, async () => startedAt.push(clock.now()));
		expect(startedAt).toEqual([1301]);
	});

	test('refuses a request that could never fit', async () => {
		const pacer = new RatePacer(100, { now: () => 0, sleep: async () => {} });
		await expect(pacer.take(101)).rejects.toThrow(
			'101 units can never fit a limit of 100 a second',
		);
	});

	test('does not wait while under the limit', async () => {
		const clock = virtualClock();
		const pacer = new RatePacer(200, clock);
		for (let call = 0; call < 200; call++) await pacer.take(1);
		expect(clock.sleeps).toEqual([]);
		await pacer.take(1);
		expect(clock.sleeps).toEqual([1001]);
	});
});

describe('RatePacer with calls in flight', () => {
	test('a call in flight longer than a second still counts until it settles', async () => {
		const clock = virtualClock();
		const pacer = new RatePacer(2, clock);
		let finishSlow!: () => void;
		const slow = pacer.run(2, async () => await new Promise<void>((r) => (finishSlow = r)));
		clock.advance(5000); // the slow call is still in flight after 5 s
		const startedAt: number[] = [];
		const next = pacer.run(1, async () => startedAt.push(clock.now()));
		await new Promise((resolve) => setImmediate(resolve));
		expect(startedAt).toEqual([]); // its 2 units still fill the window
		finishSlow();
		await slow;
		await next;
		expect(startedAt).toEqual([6001]); // a second after the slow call settled
	});
});
