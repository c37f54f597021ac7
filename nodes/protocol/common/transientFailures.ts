/** Network error codes raised before any byte reached the server: always safe to try again. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/** Network error codes after which the server may have acted on the request. */
const AMBIGUOUS_CODES = new Set(['ECONNRESET', 'ETIMEDOUT', 'ECONNABORTED', 'EPIPE', 'ESOCKETTIMEDOUT', 'ERR_SOCKET_CONNECTION_TIMEOUT']);

export type NetworkFailure = { kind: 'notSent' | 'ambiguous' | 'other'; code: string };

export function classifyNetworkError(error: unknown): NetworkFailure {
	const code = String((error as { code?: unknown })?.code ?? (error as { cause?: { code?: unknown } })?.cause?.code ?? '');
	if (NOT_SENT_CODES.has(code)) return { kind: 'notSent', code };
	if (AMBIGUOUS_CODES.has(code) || /timeout|socket hang up/i.test(String((error as Error)?.message))) {
		return { kind: 'ambiguous', code: code || 'timeout' };
	}
	return { kind: 'other', code: code || 'network error' };
}

/** Exponential backoff with a little jitter: attempt 0 waits `baseMs`, then doubles. */
export function backoffDelay(attempt: number, baseMs: number, random: () => number = Math.random): number {
	return Math.round(baseMs * 2 ** attempt * (0.85 + 0.3 * random()));
}
