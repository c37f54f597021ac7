import { custom, REPORT_PATHS, testRefusals, describeReport } from './analyticsHarness';

describeReport('getWeeklyRetention', REPORT_PATHS.weeklyRetention, (report) => {
	test('two whole weeks: two calls, one row per key of each week', async () => {
		const result = await report.run(custom('2026-02-16', '2026-03-01'));
		expect(result.error).toBeUndefined();
		const weeks = ['20260216-20260222', '20260223-20260301'];
		expect(result.sent).toEqual(weeks);
		expect(result.rows.map((row) => `${String(row.ref_date)}#${String(row.key)}`)).toEqual(
			weeks.flatMap((week) => [0, 1, 2, 3, 4].map((key) => `${week}#${key}`)),
		);
	});

	testRefusals(report, '%s', [
		[
			'this week, not yet over, is refused before sending',
			custom('2026-03-02', '2026-03-08'),
			'up to yesterday',
		],
	]);
});
