import { describeWeChatErrcode } from './errorCodes';
import { describeErrorDetails } from './errorDetails';

/**
 * A WeChat API answer with a non-zero errcode. WeChat answers HTTP 200 for these,
 * so the HTTP layer never sees them as failures.
 * The message names the code and what it means; it never carries the request. `details` are the
 * whitelisted fields of the answer (errorDetails.ts), such as where to verify a real name.
 */
export class WeChatApiError extends Error {
	readonly errcode: number;
	readonly errmsg: string;
	readonly meaning: string;
	readonly details: Readonly<Record<string, string>>;

	constructor(
		errcode: number,
		errmsg: string,
		endpoint: string,
		meanings?: Record<number, string>,
		details: Readonly<Record<string, string>> = {},
	) {
		const meaning = meanings?.[errcode] ?? describeWeChatErrcode(errcode);
		const detailText = describeErrorDetails(details);
		super(
			`WeChat ${endpoint} answered errcode ${errcode} (${meaning})${errmsg ? `: ${stripRid(errmsg)}` : ''}${detailText ? `. ${detailText}` : ''}`,
		);
		this.name = 'WeChatApiError';
		this.errcode = errcode;
		this.errmsg = errmsg;
		this.meaning = meaning;
		this.details = details;
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
