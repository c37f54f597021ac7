import type { ServerClock } from '../clock/serverClock';

/**
 * Network latency of a local server, as seen over a real network: every answer arrives `ms` after
 * the request was sent, plus up to `jitterMs` at random. Half the time is spent before the server
 * acts on the request and half after, so limits are counted mid-flight, as a remote service counts them.
 */
export interface Latency {
	ms: number;
	jitterMs?: number;
}

export const NO_LATENCY: Latency = { ms: 0 };

/** Waits one leg of the round trip (request to the server, or answer back) on the server's clock. */
export async function travel(latency: Latency, clock: ServerClock): Promise<void> {
	const ms = (latency.ms + Math.random() * (latency.jitterMs ?? 0)) / 2;
	if (ms > 0) await clock.hold(ms);
}

/** Reads a latency from `<PREFIX>_MS` and `<PREFIX>_JITTER_MS` in the environment (both default 0). */
export function latencyFromEnv(prefix: string, env = process.env): Latency {
	const read = (name: string) => {
		const value = Number(env[name] ?? 0);
		if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number >= 0`);
		return value;
	};
	return { ms: read(`${prefix}_MS`), jitterMs: read(`${prefix}_JITTER_MS`) };
}
