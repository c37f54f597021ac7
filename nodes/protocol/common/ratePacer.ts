import type { Clock } from './clock';

/**
 * Keeps the units (calls, openids, ...) spent in any sliding window (one second unless told
 * otherwise: Tencent's recipients a minute use 60 s) at or under `unitsPerSecond` (units per
 * window), the strictest reading of a "N per second" limit. Per process: executions in
 * one process share a pacer per app (TransportCaches.pacer); other processes' excess is refused by
 * the service and waited out by the retry loop.
 */
export class RatePacer {
	/** Settled spending, oldest first. */
	private readonly spent: { at: number; units: number }[] = [];
	private spentInWindow = 0;
	/** Units of calls still in flight: counted until they settle, however long that takes. */
	private inFlight = 0;
	private readonly settleWaiters: Array<() => void> = [];

	constructor(
		private readonly unitsPerSecond: number,
		private readonly clock: Clock,
		private readonly windowMs = 1000,
	) {
		if (!(unitsPerSecond > 0)) throw new Error('unitsPerSecond must be positive');
	}

	/**
	 * Runs `send` once `units` fit in the window. The units count from when `send` settles: the
	 * service counted them somewhere between request and answer, so the answer time is the safe bound.
	 */
	async run<T>(units: number, send: () => Promise<T>): Promise<T> {
		await this.waitFor(units, () => (this.inFlight += units));
		try {
			return await send();
		} finally {
			this.inFlight -= units;
			this.record(units);
			for (const wake of this.settleWaiters.splice(0)) wake();
		}
	}

	/** Waits until `units` more fit in the window, then records them as spent now. */
	async take(units: number): Promise<void> {
		await this.waitFor(units, () => this.record(units));
	}

	/** Waits until `units` fit, then claims them with `claim` at once, before any other caller can. */
	private async waitFor(units: number, claim: () => void): Promise<void> {
		if (units > this.unitsPerSecond)
			throw new Error(
				`${units} units can never fit a limit of ${this.unitsPerSecond} ${this.windowMs === 1000 ? 'a second' : `per ${this.windowMs} ms`}`,
			);
		for (;;) {
			const now = this.clock.now();
			this.forgetBefore(now - this.windowMs);
			let used = this.inFlight + this.spentInWindow;
			if (used + units <= this.unitsPerSecond) {
				claim();
				return;
			}
			let waitUntil: number | undefined;
			for (const entry of this.spent) {
				used -= entry.units;
				if (used + units <= this.unitsPerSecond) {
					waitUntil = entry.at + this.windowMs;
					break;
				}
			}
			if (waitUntil === undefined) {
				// Only calls still in flight stand in the way: wait for one to settle.
				await new Promise<void>((resolve) => this.settleWaiters.push(resolve));
			} else {
				await this.clock.sleep(Math.max(1, waitUntil - now + 1));
			}
		}
	}

	private record(units: number): void {
		this.spent.push({ at: this.clock.now(), units });
		this.spentInWindow += units;
	}

	private forgetBefore(cutoff: number): void {
		while (this.spent.length > 0 && this.spent[0].at <= cutoff) {
			this.spentInWindow -= this.spent.shift()!.units;
		}
	}
}
