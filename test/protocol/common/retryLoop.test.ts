import { OutcomeUnknownError } from '../../../nodes/protocol/common/outcomeUnknownError';
import {
	callWithRetries,
	type AnswerVerdict,
	type RequestOutcome,
} from '../../../nodes/protocol/common/retryLoop';

/** Drives the one retry loop with a scripted list of outcomes and verdicts, recording the waits. */
function scripted(outcomes: RequestOutcome[], verdicts: AnswerVerdict[], idempotent: boolean) {
	const waits: number[] = [];
	let sends = 0;
	let renewals = 0;
	const run = async () =>
		await callWithRetries({
			label: 'Service /path',
			idempotent,
			policy: { maxAttempts: 3, baseDelayMs: 10, timeoutMs: 1000 },
			sleep: async (ms) => {
				waits.push(ms);
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
