export type Sleep = (ms: number) => Promise<void>;

/**
 * Paces work to at most `unitsPerSecond` units (calls, openids, ...) in any one-second window,
 * as a token bucket that starts full with one second's worth. Single-process by design: the limits
 * it guards (2000 openids/s, 200 calls/s) belong to one running operation.
 */
export class RatePacer {
	private available: number;
	private lastRefill: number;

	constructor(
		private readonly unitsPerSecond: number,
		private readonly sleep: Sleep,
		private readonly now: () => number = Date.now,
	) {
		if (!(unitsPerSecond > 0)) throw new Error('unitsPerSecond must be positive');
		this.available = unitsPerSecond;
		this.lastRefill = now();
	}

	/** Waits until `units` may be spent, then spends them. A request above the rate waits for a full bucket. */
	async take(units: number): Promise<void> {
		const wanted = Math.min(units, this.unitsPerSecond);
		this.refill();
		while (this.available < wanted) {
			const missing = wanted - this.available;
			await this.sleep(Math.ceil((missing / this.unitsPerSecond) * 1000));
			this.refill();
		}
		this.available -= wanted;
	}

	private refill(): void {
		const now = this.now();
		const elapsed = now - this.lastRefill;
		if (elapsed <= 0) return;
		this.available = Math.min(this.unitsPerSecond, this.available + (elapsed / 1000) * this.unitsPerSecond);
		this.lastRefill = now;
	}
}
