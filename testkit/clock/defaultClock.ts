import { systemClock } from './serverClock';
import type { ServerClock } from './serverClock';
import { VirtualClock } from './virtualClock';

/**
 * Kept on globalThis, not in this module: a test's simulated second n8n process
 * (jest.isolateModules) loads its own copy of the testkit and must still share the clock.
 */
const KEY = Symbol.for('n8n-nodes-wechat-miniprogram.testkit.clock');
type Holder = { [KEY]?: ServerClock };

/**
 * The clock local servers and the testkit's transport start on: real time, unless
 * useVirtualClock() was called first (every jest test file does, in test/setup/environment.ts).
 */
export function defaultClock(): ServerClock {
	return (globalThis as Holder)[KEY] ?? systemClock;
}

/** From now on, servers and transports built by the testkit share one new virtual clock. */
export function useVirtualClock(start?: number): VirtualClock {
	const previous = (globalThis as Holder)[KEY];
	if (previous && 'dispose' in previous) (previous as VirtualClock).dispose();
	const clock = new VirtualClock(start);
	(globalThis as Holder)[KEY] = clock;
	return clock;
}

/** The virtual clock of this test file (fails when real time is in use). */
export function virtualClock(): VirtualClock {
	const clock = defaultClock();
	if (!('advanceTo' in clock)) throw new Error('No virtual clock is in use');
	return clock as VirtualClock;
}
