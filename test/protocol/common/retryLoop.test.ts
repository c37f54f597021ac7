import { OutcomeUnknownError } from '../../../nodes/protocol/common/outcomeUnknownError';
import { RateLimitedError } from '../../../nodes/protocol/common/rateLimitedError';
import { DEFAULT_RETRY_POLICY, callWithRetries } from '../../../nodes/protocol/common/retryLoop';
import type { AnswerVerdict, RequestOutcome } from '../../../nodes/protocol/common/retryLoop';

/** Drives the one retry loop with a scripted list of outcomes and verdicts, recording the waits. */
function scripted(outcomes: RequestOutcome[], verdicts: AnswerVerdict[], idempotent: boolean) {
	const waits: number[] = [];
	let sends = 0;
	let renewals = 0;
	const run = async () =>
		await callWithRetries({
			label: 'Service /path',
			idempotent,
			policy: {
				maxAttempts: 3,
				baseDelayMs: 10,
				timeoutMs: 1000,
				rateLimitWaitMs: 1000,
				rateLimitMaxDelayMs: 100,
			},
			clock: {
				now: () => 0,
				sleep: async (ms) => {
					waits.push(ms);
				},
			},
			send: async () => {
				sends++;
				return outcomes.shift() ?? { kind: 'answer', answer: { ok: true } };
			},
			judge: () => verdicts.shift() ?? { kind: 'success' },
			renewAuth: async () => {
				renewals++;
			},
		});
	return { run, waits, sends: () => sends, renewals: () => renewals };
}

const answer: RequestOutcome = { kind: 'answer', answer: {} };

describe('callWithRetries', () => {
	test('a renewal is immediate, happens once and is not an attempt', async () => {
		const rejected = new Error('token rejected');
		const call = scripted(
			[answer, answer, answer],
			[
				{ kind: 'authRejected', error: rejected },
				{ kind: 'refused', reason: 'rate limited' },
				{ kind: 'authRejected', error: rejected },
			],
			false,
		);
		await expect(call.run()).rejects.toBe(rejected);
		expect(call.renewals()).toBe(1);
		expect(call.sends()).toBe(3);
		expect(call.waits).toHaveLength(1);
	});

	test('an unclear answer is resent only for idempotent calls', async () => {
		const once = scripted([answer], [{ kind: 'unclear', reason: 'system busy' }], false);
		await expect(once.run()).rejects.toBeInstanceOf(OutcomeUnknownError);
		expect(once.sends()).toBe(1);
		const again = scripted([answer], [{ kind: 'unclear', reason: 'system busy' }], true);
		await expect(again.run()).resolves.toEqual({ ok: true });
		expect(again.sends()).toBe(2);
	});

	test('a lost answer is never resent for a non-idempotent call; a refused connection is, up to maxAttempts', async () => {
		const lost = scripted([{ kind: 'ambiguous', reason: 'timed out' }], [], false);
		await expect(lost.run()).rejects.toThrow(/Service \/path: no clear answer \(timed out\)/);
		const refused = scripted(
			Array.from({ length: 5 }, () => ({ kind: 'notSent', reason: 'connection refused' }) as const),
			[],
			false,
		);
		await expect(refused.run()).rejects.toThrow(
			'Service /path still failing after 3 attempts (connection refused)',
		);
		expect(refused.sends()).toBe(3);
		expect(refused.waits).toHaveLength(2);
		expect(refused.waits[1]).toBeGreaterThan(refused.waits[0]);
	});
});

/** A call refused `refusals` times (or forever), on a fake clock that only the loop's sleeps move. */
function refusedCall(refusals: number, options: { random?: () => number; waitMs?: number } = {}) {
	let clock = 1_000_000;
	const waits: number[] = [];
	let sends = 0;
	const run = async () =>
		await callWithRetries({
			label: 'WeChat /wxa/business/push_message',
			idempotent: false,
			policy: { ...DEFAULT_RETRY_POLICY, rateLimitWaitMs: options.waitMs ?? 300_000 },
			clock: {
				now: () => clock,
				sleep: async (ms) => {
					waits.push(ms);
					clock += ms;
				},
			},
			send: async () => {
				clock += 50; // the round trip
				return sends++ < refusals
					? { kind: 'refused', reason: 'HTTP 429 Too Many Requests' }
					: { kind: 'answer', answer: {} };
			},
			judge: () => ({ kind: 'success' }),
			renewAuth: async () => {},
			random: options.random ?? (() => 1),
		});
	return { run, waits, sends: () => sends };
}

describe('callWithRetries: rate-limit refusals', () => {
	test('a refused non-idempotent call is resent, far past maxAttempts: a refusal means nothing was done', async () => {
		const call = refusedCall(40);
		await expect(call.run()).resolves.toEqual({});
		expect(call.sends()).toBe(41);
	});

	test('full jitter: each wait is random up to a ceiling that doubles from baseDelayMs to rateLimitMaxDelayMs', async () => {
		const top = refusedCall(6);
		await top.run();
		expect(top.waits).toEqual([500, 1000, 2000, 2000, 2000, 2000]);
		const randoms = [0.5, 0.25, 0.1, 0, 0.999, 0.3];
		const jittered = refusedCall(6, { random: () => randoms.shift()! });
		await jittered.run();
		expect(jittered.waits).toEqual([250, 250, 200, 1, 1998, 600]);
	});

	test('the total wait is bounded from the first refusal, clock included; the error says nothing was carried out', async () => {
		const call = refusedCall(Infinity, { waitMs: 10_000 });
		const error = (await call.run().catch((e: unknown) => e)) as RateLimitedError;
		expect(error).toBeInstanceOf(RateLimitedError);
		expect(error).not.toBeInstanceOf(OutcomeUnknownError);
		// 500 + 1000 + 2000 x 4 = 9500 ms of waits and 6 more sends of 50 ms: another 2000 would pass 10 s
		expect(call.waits).toEqual([500, 1000, 2000, 2000, 2000, 2000]);
		expect(error.waitedMs).toBe(9500 + 6 * 50);
		expect(error.message).toBe(
			'WeChat /wxa/business/push_message still refused by its rate limit (HTTP 429 Too Many Requests) after waiting 9.8 s; ' +
				'nothing was carried out for this request, so it is safe to send again',
		);
	});

	test('a wait bound of 0 fails at the first refusal', async () => {
		const call = refusedCall(Infinity, { waitMs: 0 });
		await expect(call.run()).rejects.toBeInstanceOf(RateLimitedError);
		expect(call.sends()).toBe(1);
		expect(call.waits).toEqual([]);
	});

	test('the default bound, 300 s, outlasts a competing 300000-openid broadcast at 2000/s twice', () => {
		expect(DEFAULT_RETRY_POLICY.rateLimitWaitMs).toBeGreaterThanOrEqual(
			2 * (300_000 / 2000) * 1000,
		);
		expect(DEFAULT_RETRY_POLICY.rateLimitMaxDelayMs).toBe(2000);
	});
});
