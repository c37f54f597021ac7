import type { Clock } from '../../nodes/protocol/common/clock';

/**
 * A clock that moves only when the test moves it: a trigger's answer deadline passes exactly when
 * the test says, never because the machine is slow (the workflow's run takes real time, which
 * the virtual clock cannot see, so it would take the run for a wait and jump ahead).
 */
export class ManualClock implements Clock {
	private time: number;
	private readonly sleepers: { at: number; wake: () => void }[] = [];

	constructor(start = Date.now()) {
		this.time = start;
	}

	now(): number {
		return this.time;
	}

	async sleep(ms: number): Promise<void> {
		await new Promise<void>((wake) =>
			this.sleepers.push({ at: this.time + Math.max(0, ms), wake }),
		);
	}

	/** How many sleeps are waiting (a test sees that a deadline is armed). */
	get waiting(): number {
		return this.sleepers.length;
	}

	/** Moves time on by `ms`, waking every sleeper due by then. */
	advance(ms: number): void {
		this.time += ms;
		for (const sleeper of this.sleepers.filter((s) => s.at <= this.time)) {
			this.sleepers.splice(this.sleepers.indexOf(sleeper), 1);
			sleeper.wake();
		}
	}
}
