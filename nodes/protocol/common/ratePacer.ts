export type Sleep = (ms: number) => Promise<void>;

const WINDOW_MS = 1000;

/**
 * Keeps the units (calls, openids, ...) spent in any sliding one-second window at or under
 * `unitsPerSecond`, the strictest reading of a "N per second" limit. Single-process by design:
 * the limits it guards (2000 openids/s, 200 calls/s) are spent by one running operation.
 */
export class RatePacer {
	private readonly spent: { at: number; units: number }[] = [];
	private spentInWindow = 0;

	constructor(
		private readonly unitsPerSecond: number,
		private readonly sleep: Sleep,
		private readonly now: () => number = Date.now,
	) {
		if (!(unitsPerSecond > 0)) throw new Error('unitsPerSecond must be positive');
	}

	/**
	 * Runs `send` once `units` fit in the window. The units count from when `send` settles: the
	 * service counted them somewhere between request and answer, so the answer time is the safe bound.
	 */
	async run<T>(units: number, send: () => Promise<T>): Promise<T> {
		const entry = await this.take(units);
		try {
			return await send();
		} finally {
			this.restamp(entry);
		}
	}

	/** Waits until `units` more fit in the window, then records them as spent now. */
	async take(units: number): Promise<{ at: number; units: number }> {
		if (units > this.unitsPerSecond)
			throw new Error(`${units} units can never fit a limit of ${this.unitsPerSecond} a second`);
		for (;;) {
			const now = this.now();
			this.forgetBefore(now - WINDOW_MS);
			if (this.spentInWindow + units <= this.unitsPerSecond) {
				const entry = { at: now, units };
				this.spent.push(entry);
				this.spentInWindow += units;
				return entry;
			}
			let freed = this.spentInWindow;
			let waitUntil = now;
			for (const entry of this.spent) {
				freed -= entry.units;
				waitUntil = entry.at + WINDOW_MS;
				if (freed + units <= this.unitsPerSecond) break;
			}
			await this.sleep(Math.max(1, waitUntil - now + 1));
		}
	}

	private restamp(entry: { at: number; units: number }): void {
		const index = this.spent.indexOf(entry);
		if (index === -1) return;
		this.spent.splice(index, 1);
		entry.at = this.now();
		let position = this.spent.length;
		while (position > 0 && this.spent[position - 1].at > entry.at) position--;
		this.spent.splice(position, 0, entry);
	}

	private forgetBefore(cutoff: number): void {
		while (this.spent.length > 0 && this.spent[0].at <= cutoff) {
			this.spentInWindow -= this.spent.shift()!.units;
		}
	}
}
