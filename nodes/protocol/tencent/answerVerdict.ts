import type { AnswerVerdict } from '../common/retryLoop';
import { TencentChatApiError } from './apiError';
import { RATE_LIMIT_CODES, USER_SIG_EXPIRED } from './errorCodes';

/**
 * Tencent's reading of an answer for the retry loop: ActionStatus FAIL or a non-zero ErrorCode is a
 * failure. `redact` cleans ErrorInfo, which is free text and could echo the signature.
 */
export function judgeTencentAnswer(
	answer: Record<string, unknown>,
	path: string,
	errorMeanings: Record<number, string> | undefined,
	redact: (text: string) => string,
): AnswerVerdict {
	const errorCode = Number(answer.ErrorCode ?? 0);
	if (answer.ActionStatus !== 'FAIL' && errorCode === 0) return { kind: 'success' };
	if (RATE_LIMIT_CODES.has(errorCode))
		return { kind: 'refused', reason: `ErrorCode ${errorCode}, rate limited` };
	const info = redact(String(answer.ErrorInfo ?? ''));
	const error = new TencentChatApiError(errorCode, info, path, errorMeanings);
	return errorCode === USER_SIG_EXPIRED
		? { kind: 'authRejected', error }
		: { kind: 'failed', error };
}
