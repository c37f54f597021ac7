import { OutcomeUnknownError } from './outcomeUnknownError';
import { backoffDelay } from './transientFailures';

/** What one request came back with, sorted for the retry rules. */
export type RequestOutcome =
	| { kind: 'answer'; answer: Record<string, unknown> }
	/** Provably never acted on: safe to send again. */
	| { kind: 'notSent'; reason: string }
	/** May or may not have been acted on. */
	| { kind: 'ambiguous'; reason: string };

/** What a platform makes of an answer it sent back. */
export type AnswerVerdict =
	| { kind: 'success' }
	/** Refused for the token or signature alone, so nothing happened: renew it once and resend. */
	| { kind: 'authRejected'; error: Error }
	/** Refused before it was acted on (a rate limit): wait and resend. */
	| { kind: 'refused'; reason: string }
	/** The service may have acted (system busy): resent only when the call is idempotent. */
	| { kind: 'unclear'; reason: string }
	| { kind: 'failed'; error: Error };

/** How transient failures are retried. */
export interface RetryPolicy {
	/** Attempts in all, the first included. */
	maxAttempts: number;
	baseDelayMs: number;
	/** Per-request timeout. */
	timeoutMs: number;
}

export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = {
	maxAttempts: 4,
	baseDelayMs: 500,
	timeoutMs: 30_000,
};

export interface RetriedCall {
	/** Names the call in errors, e.g. "WeChat /wxa/business/push_message". */
	label: string;
	/** Whether repeating the call is harmless; others are resent only when provably not acted on. */
	idempotent: boolean;
	policy: RetryPolicy;
	sleep: (ms: number) => Promise<void>;
	send: () => Promise<RequestOutcome>;
	judge: (answer: Record<string, unknown>) => AnswerVerdict;
	/** Replaces the rejected token or signature; `send` uses the new one. */
	renewAuth: () => Promise<void>;
}

/**
 * The one retry loop of both clients. A renewal of the token or signature is not an attempt and
 * happens once; every other resend waits an exponential backoff and counts towards maxAttempts.
 */
export async function callWithRetries(call: RetriedCall): Promise<Record<string, unknown>> {
	const { label, idempotent, policy } = call;
	let authRenewed = false;
	for (let attempt = 0; ; attempt++) {
		const outcome = await call.send();
		const waitOrGiveUp = (reason: string, safeToRepeat: boolean) => {
			if (!safeToRepeat) throw new OutcomeUnknownError(label, reason);
			if (attempt + 1 >= policy.maxAttempts) {
				throw new Error(`${label} still failing after ${policy.maxAttempts} attempts (${reason})`);
			}
		};
		if (outcome.kind !== 'answer') {
			waitOrGiveUp(outcome.reason, outcome.kind === 'notSent' || idempotent);
		} else {
			const verdict = call.judge(outcome.answer);
			switch (verdict.kind) {
				case 'success':
					return outcome.answer;
				case 'authRejected':
					if (authRenewed) throw verdict.error;
					authRenewed = true;
					await call.renewAuth();
					attempt--;
					continue;
				case 'refused':
					waitOrGiveUp(verdict.reason, true);
					break;
				case 'unclear':
					waitOrGiveUp(verdict.reason, idempotent);
					break;
				case 'failed':
					throw verdict.error;
			}
		}
		await call.sleep(backoffDelay(attempt, policy.baseDelayMs));
	}
}
