/**
 * How transient failures are retried. A mutable object so the benchmark and tests can shorten the
 * waits; production code never changes it.
 */
export const retryPolicy = {
	/** Attempts in all, the first included. */
	maxAttempts: 4,
	baseDelayMs: 500,
	/** Per-request timeout. */
	timeoutMs: 30_000,
};
