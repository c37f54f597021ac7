import type { Clock } from './clock';
import { OutcomeUnknownError } from './outcomeUnknownError';
import { RateLimitedError } from './rateLimitedError';
import { backoffDelay, refusalDelay } from './transientFailures';

/** What one request came back with, sorted for the retry rules. */
export type RequestOutcome =
	| { kind: 'answer'; answer: Record<string, unknown> }
	/** Provably never acted on: safe to send again. */
	| { kind: 'notSent'; reason: string }
	/** Refused for the rate limit before anything was done (HTTP 429): wait and resend. */
	| { kind: 'refused'; reason: string }
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

/** How transient failures and rate-limit refusals are retried. */
export interface RetryPolicy {
	/** Attempts in all, the first included, for transient failures (refusals do not count). */
	maxAttempts: number;
	baseDelayMs: number;
	/** Per-request timeout. */
	timeoutMs: number;
	/**
	 * How long refusals of one call are waited out in all (from the first refusal) before it is given
	 * up as failed. Long enough to outlast a competing broadcast on another worker.
	 */
	rateLimitWaitMs: number;
	/** The longest single wait after a refusal. */
	rateLimitMaxDelayMs: number;
}

/**
 * rateLimitWaitMs: 300 s outlasts another worker's broadcast to 300000 followers at WeChat's 2000
 * openids/s (150 s), twice; a refusal costs nothing, so waiting is always better than failing.
 * rateLimitMaxDelayMs: 2 s, so a window another sender leaves free is found within about a second.
 */
export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = {
	maxAttempts: 4,
	baseDelayMs: 500,
	timeoutMs: 30_000,
	rateLimitWaitMs: 300_000,
	rateLimitMaxDelayMs: 2_000,
};

export interface RetriedCall {
	/** Names the call in errors, e.g. "WeChat /wxa/business/push_message". */
	label: string;
	/** Whether repeating the call is harmless; others are resent only when provably not acted on. */
	idempotent: boolean;
	policy: RetryPolicy;
	/** What the waits are measured and spent on (tests inject a virtual one). */
	clock: Clock;
	send: () => Promise<RequestOutcome>;
	judge: (answer: Record<string, unknown>) => AnswerVerdict;
	/** Replaces the rejected token or signature; `send` uses the new one. */
	renewAuth: () => Promise<void>;
	/** The randomness of refusal waits (tests inject their own). */
	random?: () => number;
}

/**
 * The one retry loop of both clients. A renewal of the token or signature is not an attempt and
 * happens once. A rate-limit refusal is waited out (full jitter) until the policy's total wait
 * runs out, whatever the call: nothing was carried out. Every other resend waits an exponential
 * backoff and counts towards maxAttempts.
 */
export async function callWithRetries(call: RetriedCall): Promise<Record<string, unknown>> {
	const { label, idempotent, policy, clock } = call;
	let authRenewed = false;
	let attempt = 0;
	let refusals = 0;
	let firstRefusalAt: number | undefined;
	for (;;) {
		const outcome = await call.send();
		let refusal: string | undefined;
		let failure: { reason: string; safeToRepeat: boolean } | undefined;
		if (outcome.kind === 'refused') refusal = outcome.reason;
		else if (outcome.kind !== 'answer')
			failure = { reason: outcome.reason, safeToRepeat: outcome.kind === 'notSent' || idempotent };
		else {
			const verdict = call.judge(outcome.answer);
			switch (verdict.kind) {
				case 'success':
					return outcome.answer;
				case 'authRejected':
					if (authRenewed) throw verdict.error;
					authRenewed = true;
					await call.renewAuth();
					continue;
				case 'refused':
					refusal = verdict.reason;
					break;
				case 'unclear':
					failure = { reason: verdict.reason, safeToRepeat: idempotent };
					break;
				case 'failed':
					throw verdict.error;
			}
		}
		if (refusal !== undefined) {
			firstRefusalAt ??= clock.now();
			const waited = clock.now() - firstRefusalAt;
			const delay = refusalDelay(
				refusals++,
				policy.baseDelayMs,
				policy.rateLimitMaxDelayMs,
				call.random,
			);
			if (waited + delay > policy.rateLimitWaitMs)
				throw new RateLimitedError(label, refusal, waited);
			await clock.sleep(delay);
			continue;
		}
		const { reason, safeToRepeat } = failure!;
		if (!safeToRepeat) throw new OutcomeUnknownError(label, reason);
		if (attempt + 1 >= policy.maxAttempts)
			throw new Error(`${label} still failing after ${policy.maxAttempts} attempts (${reason})`);
		await clock.sleep(backoffDelay(attempt++, policy.baseDelayMs));
	}
}
