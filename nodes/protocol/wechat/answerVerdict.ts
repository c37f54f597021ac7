import type { AnswerVerdict } from '../common/retryLoop';
import { isTokenRejected, WeChatApiError } from './apiError';
import { safeErrorDetails } from './errorDetails';

/** Answers WeChat gives for a request it refused before acting on it: safe to resend after a pause. */
const FREQUENCY_LIMITED = 45011;
const SYSTEM_BUSY = -1;

/** WeChat's reading of an answer for the retry loop: errcode 0 is success, whatever the HTTP layer said. */
export function judgeWeChatAnswer(
	answer: Record<string, unknown>,
	path: string,
	options: {
		errorMeanings?: Record<number, string>;
		successErrcodes?: readonly number[];
		/** This endpoint's own frequency-limit codes (nothing was done): waited out like 45011. */
		refusedErrcodes?: readonly number[];
	},
	canRenewToken: boolean,
): AnswerVerdict {
	const errcode = Number(answer.errcode ?? 0);
	if (errcode === 0 || options.successErrcodes?.includes(errcode)) return { kind: 'success' };
	const error = new WeChatApiError(
		errcode,
		String(answer.errmsg ?? ''),
		path,
		options.errorMeanings,
		safeErrorDetails(answer),
	);
	if (isTokenRejected(errcode) && canRenewToken) return { kind: 'authRejected', error };
	if (errcode === FREQUENCY_LIMITED)
		return { kind: 'refused', reason: `errcode ${errcode}, API called too often` };
	if (options.refusedErrcodes?.includes(errcode))
		return { kind: 'refused', reason: `errcode ${errcode}, ${error.meaning}` };
	if (errcode === SYSTEM_BUSY) return { kind: 'unclear', reason: 'errcode -1, WeChat system busy' };
	// Everything else fails at once, a daily quota (45009 elsewhere) included: waiting seconds cannot help it.
	return { kind: 'failed', error };
}
