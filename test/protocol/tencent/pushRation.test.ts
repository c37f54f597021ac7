import {
	nextPushDay,
	PushRation,
	PushRationError,
} from '../../../nodes/protocol/tencent/pushRation';

const noonCst = Date.UTC(2026, 11, 2, 4, 0, 0); // 12:00 in China Standard Time

describe('PushRation: the process ledger of pushes to all or tagged users', () => {
	test('the ration day ends at midnight China Standard Time (16:00 UTC)', () => {
		expect(new Date(nextPushDay(noonCst)).toISOString()).toBe('2026-12-02T16:00:00.000Z');
		expect(new Date(nextPushDay(Date.UTC(2026, 11, 2, 16, 0, 0))).toISOString()).toBe(
			'2026-12-03T16:00:00.000Z',
		);
	});

	test('pushes must be more than 1 s apart: the refusal names the first allowed millisecond', () => {
		const ration = new PushRation();
		expect(ration.check(noonCst)).toBeUndefined();
		ration.record(noonCst);
		expect(ration.check(noonCst + 1000)).toEqual({
			reason: 'spacing',
			nextAllowedAt: noonCst + 1001,
		});
		expect(ration.check(noonCst + 1001)).toBeUndefined();
	});

	test('100 a day; the count starts over on the next day', () => {
		const ration = new PushRation();
		for (let i = 0; i < 100; i++) ration.record(noonCst + i * 2000);
		const later = noonCst + 300_000;
		expect(ration.check(later)).toEqual({ reason: 'daily', nextAllowedAt: nextPushDay(noonCst) });
		expect(ration.check(nextPushDay(noonCst))).toBeUndefined();
	});

	test("Tencent's refusals teach the ledger; other codes are not ration refusals", () => {
		const ration = new PushRation();
		expect(ration.refusedByTencent(90047, noonCst)).toEqual({
			reason: 'daily',
			nextAllowedAt: nextPushDay(noonCst),
		});
		expect(ration.check(noonCst + 60_000)?.reason).toBe('daily');
		expect(new PushRation().refusedByTencent(90024, noonCst)).toEqual({
			reason: 'spacing',
			nextAllowedAt: noonCst + 1001,
		});
		expect(new PushRation().refusedByTencent(90045, noonCst)).toBeUndefined();
	});

	test('the error says who refused, that nothing was pushed, and when the next push is allowed', () => {
		const error = new PushRationError(
			{ reason: 'daily', nextAllowedAt: nextPushDay(noonCst) },
			90047,
		);
		expect(error.message).toContain('refused by Tencent with ErrorCode 90047');
		expect(error.message).toContain('Nothing was pushed');
		expect(error.message).toContain('allowed at 2026-12-02T16:00:00.000Z');
	});
});
