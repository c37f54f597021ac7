/** Network error codes raised before any byte reached the server: always safe to try again. */
const NOT_SENT: Record<string, string> = {
	ECONNREFUSED: 'connection refused',
	ENOTFOUND: 'host not found',
	EAI_AGAIN: 'DNS lookup failed',
	EHOSTUNREACH: 'host unreachable',
	ENETUNREACH: 'network unreachable',
};

/** Network error codes after which the server may have acted on the request. */
const AMBIGUOUS: Record<string, string> = {
	ECONNRESET: 'connection reset',
	ETIMEDOUT: 'timed out',
	ECONNABORTED: 'timed out',
	ESOCKETTIMEDOUT: 'timed out',
	EPIPE: 'connection broken',
	ERR_SOCKET_CONNECTION_TIMEOUT: 'timed out',
};

/**
 * `reason` is in words on purpose: n8n replaces any error message that contains a raw code such
 * as ECONNRESET with its own generic text, which would hide what happened to the request.
 */
export type NetworkFailure = {
	kind: 'notSent' | 'ambiguous' | 'other';
	reason: string;
	/** The raw code, for logic only: never put it in a message. */
	code: string;
};

export function classifyNetworkError(error: unknown): NetworkFailure {
	const code = String(
		(error as { code?: unknown })?.code ??
			(error as { cause?: { code?: unknown } })?.cause?.code ??
			'',
	);
	if (NOT_SENT[code]) return { kind: 'notSent', reason: NOT_SENT[code], code };
	if (AMBIGUOUS[code]) return { kind: 'ambiguous', reason: AMBIGUOUS[code], code };
	if (/timeout|socket hang up/i.test(String((error as Error)?.message)))
		return { kind: 'ambiguous', reason: 'timed out', code };
	return { kind: 'other', reason: 'network failure', code };
}

/** Exponential backoff with a little jitter: attempt 0 waits `baseMs`, then doubles. */
export function backoffDelay(
	attempt: number,
	baseMs: number,
	random: () => number = Math.random,
): number {
	return Math.round(baseMs * 2 ** attempt * (0.85 + 0.3 * random()));
}

/**
 * The wait after the `refusals`-th rate-limit refusal (0-based): "full jitter", a random time up to
 * an exponentially growing ceiling capped at `maxMs`. Randomness spreads competing senders apart;
 * the cap keeps the waits short enough to find the gaps a competing sender leaves.
 */
export function refusalDelay(
	refusals: number,
	baseMs: number,
	maxMs: number,
	random: () => number = Math.random,
): number {
	const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(refusals, 30));
	return Math.max(1, Math.round(ceiling * random()));
}
