/**
 * A clock for simulated processes that sleep at once (a lease holder's backoff and keep-alive, a
 * waiter's polls): sleeps end in the order of their wake-up time, and the clock jumps to each
 * one, so a minute of leases runs in milliseconds. Between two wake-ups it yields to real I/O
 * (the local servers' HTTP) for `settleMs` of real time.
 */
export class VirtualClock {
	private current: number;
	private readonly sleepers: { at: number; order: number; wake: () => void }[] = [];
	private order = 0;
	private ticking = false;

	constructor(
		start: number,
		private readonly settleMs = 2,
	) {
		this.current = start;
	}

	readonly now = (): number => this.current;

	readonly sleep = async (ms: number): Promise<void> =>
		await new Promise<void>((wake) => {
			this.sleepers.push({ at: this.current + Math.max(0, ms), order: this.order++, wake });
			this.tick();
		});

	advance(ms: number): void {
		this.current += ms;
	}

	private tick(): void {
		if (this.ticking) return;
		this.ticking = true;
		setTimeout(() => {
			this.ticking = false;
			this.sleepers.sort((a, b) => a.at - b.at || a.order - b.order);
			const next = this.sleepers.shift();
			if (!next) return;
			this.current = Math.max(this.current, next.at);
			next.wake();
			if (this.sleepers.length) this.tick();
		}, this.settleMs);
	}
}
