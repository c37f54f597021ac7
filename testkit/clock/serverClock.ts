import type { Clock } from '../../nodes/protocol/common/clock';

/** The clock a local server counts its limits on and spends its latency on. */
export interface ServerClock extends Clock {
	/** Waits while a request is open: its latency, or a slow answer. */
	hold(ms: number): Promise<void>;
	/** Told the port once the server listens, so a virtual clock waits for its requests. */
	serve(port: number): void;
}

/** Real time: what the demo, the e2e runs and the benchmarks use. */
export const systemClock: ServerClock = {
	now: () => Date.now(),
	sleep: async (ms) => await new Promise((resolve) => setTimeout(resolve, ms)),
	hold: async (ms) => await new Promise((resolve) => setTimeout(resolve, ms)),
	serve: () => {},
};
