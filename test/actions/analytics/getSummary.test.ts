import { virtualClock } from '../../../testkit/clock/defaultClock';
import { custom, REPORT_PATHS, describeReport } from './analyticsHarness';

describeReport('getSummary', REPORT_PATHS.dailySummary, (report) => {
	const yesterday = { dateRange: 'yesterday' };

	test('Yesterday is yesterday in China: one call, one row', async () => {
		const result = await report.expectSent(yesterday, ['20260303-20260303']);
		expect(result.rows).toEqual([
			{
				ref_date: '20260303',
				visit_total: expect.any(Number),
				share_pv: expect.any(Number),
				share_uv: expect.any(Number),
			},
		]);
	});

	test('at 23:30 UTC it is already the next day in China: Yesterday moves with it', async () => {
		virtualClock().advanceTo(Date.UTC(2026, 2, 4, 16, 30)); // 00:30 on 5 March in China
		expect((await report.run(yesterday)).sent).toEqual(['20260304-20260304']);
	});

	test('a custom range of days is one call a day, one after the other, rows in date order', async () => {
		report.world().server.latency = { ms: 50 };
		const result = await report.run(custom('2026-02-27', '2026-03-02'));
		expect(result.error).toBeUndefined();
		const days = ['20260227', '20260228', '20260301', '20260302'];
		expect(result.sent).toEqual(days.map((day) => `${day}-${day}`));
		expect(report.world().server.inFlight.most).toBe(1);
		expect(result.rows.map((row) => row.ref_date)).toEqual(days);
	});

	test('the same day gives the same figures (the local data is deterministic)', async () => {
		const first = await report.run(yesterday);
		const again = await report.run(yesterday);
		expect(again.rows).toEqual(first.rows);
	});
});
