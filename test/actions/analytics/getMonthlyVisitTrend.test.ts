import { custom, REPORT_PATHS, testRefusals, describeReport } from './analyticsHarness';

describeReport('getMonthlyVisitTrend', REPORT_PATHS.monthlyVisitTrend, (report) => {
	test('Last Month is the whole calendar month before this one', async () => {
		const result = await report.expectSent({ dateRange: 'lastMonth' }, ['20260201-20260228']);
		expect(result.rows).toEqual([expect.objectContaining({ ref_date: '202602' })]);
	});

	test('December to February is three monthly calls across the year end (leap years kept)', async () => {
		const result = await report.run(custom('2025-12-01', '2026-02-28'));
		expect(result.sent).toEqual(['20251201-20251231', '20260101-20260131', '20260201-20260228']);
		expect(result.rows.map((row) => row.ref_date)).toEqual(['202512', '202601', '202602']);
	});

	testRefusals(report, '%s is refused before sending', [
		[
			'a range that starts mid-month',
			custom('2026-01-15', '2026-02-28'),
			'is not the first day of a month',
		],
		['this month, not yet over', custom('2026-03-01', '2026-03-31'), 'up to yesterday'],
		['Last 30 Days', { dateRange: 'last30Days' }, 'whole calendar months'],
	]);
});
