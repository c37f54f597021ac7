/**
 * A request the service kept refusing for its rate limit (WeChat 45011, Tencent's frequency codes,
 * HTTP 429) until the wait bound ran out. A refusal means nothing was carried out, so this is a
 * plain failure, never an unclear outcome: the request can be sent again later.
 */
export class RateLimitedError extends Error {
	constructor(
		readonly endpoint: string,
		readonly reason: string,
		readonly waitedMs: number,
	) {
		super(
			`${endpoint} still refused by its rate limit (${reason}) after waiting ${formatSeconds(waitedMs)}; ` +
				'nothing was carried out for this request, so it is safe to send again',
		);
		this.name = 'RateLimitedError';
	}
}

function formatSeconds(ms: number): string {
	return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
}
