import { describeWeChatErrcode } from './errorCodes';

/**
 * A WeChat API answer with a non-zero errcode. WeChat answers HTTP 200 for these,
 * so the HTTP layer never sees them as failures.
 * The message names the code and what it means; it never carries the request.
 */
export class WeChatApiError extends Error {
	readonly errcode: number;
	readonly errmsg: string;
	readonly meaning: string;

	constructor(
		errcode: number,
		errmsg: string,
		endpoint: string,
		meanings?: Record<number, string>,
	) {
		const meaning = meanings?.[errcode] ?? describeWeChatErrcode(errcode);
		super(
			`WeChat ${endpoint} answered errcode ${errcode} (${meaning})${errmsg ? `: ${stripRid(errmsg)}` : ''}`,
		);
		this.name = 'WeChatApiError';
		this.errcode = errcode;
		this.errmsg = errmsg;
		this.meaning = meaning;
	}
}

/** WeChat appends "rid: ..." request ids to errmsg; they only add noise in an n8n error. */
function stripRid(errmsg: string): string {
	return errmsg.replace(/,?\s*rid:\s*\S+$/i, '').trim();
}

/** Codes that mean the access token (not the request) was rejected: refresh once and retry. */
const TOKEN_REJECTED_CODES: ReadonlySet<number> = new Set([40001, 40014, 42001]);

export function isTokenRejected(errcode: number): boolean {
	return TOKEN_REJECTED_CODES.has(errcode);
}
