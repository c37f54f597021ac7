import { custom, REPORT_PATHS, testRefusals, describeReport } from './analyticsHarness';

describeReport('getWeeklyVisitTrend', REPORT_PATHS.weeklyVisitTrend, (report) => {
	test('Last Week is Monday to Sunday before this week, in China', async () => {
		const result = await report.expectSent({ dateRange: 'lastWeek' }, ['20260223-20260301']);
		expect(result.rows).toEqual([expect.objectContaining({ ref_date: '20260223-20260301' })]);
	});

	test('a custom range of three whole weeks is split into three weekly calls', async () => {
		const weeks = ['20260209-20260215', '20260216-20260222', '20260223-20260301'];
		const result = await report.expectSent(custom('2026-02-09', '2026-03-01'), weeks);
		expect(result.rows.map((row) => row.ref_date)).toEqual(weeks);
	});

	testRefusals(report, '%s', [
		[
			'a range that is not whole weeks is refused before sending, naming the weeks around it',
			custom('2026-02-10', '2026-02-28'),
			'2026-02-10 is not a Monday and 2026-02-28 is not a Sunday',
			'2026-02-09 to 2026-03-01',
		],
		[
			'Last 7 Days is no week: refused before sending',
			{ dateRange: 'last7Days' },
			'Monday to Sunday',
		],
	]);
});
