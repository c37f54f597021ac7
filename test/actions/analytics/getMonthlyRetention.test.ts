import { custom, REPORT_PATHS, testRefusals, describeReport } from './analyticsHarness';

describeReport('getMonthlyRetention', REPORT_PATHS.monthlyRetention, (report) => {
	test('Last Month: one call, rows for the month itself and the month after', async () => {
		const result = await report.expectSent({ dateRange: 'lastMonth' }, ['20260201-20260228']);
		expect(result.rows.map((row) => [row.ref_date, row.key])).toEqual([
			['202602', 0],
			['202602', 1],
		]);
	});

	testRefusals(report, '%s', [
		[
			'a range ending mid-month is refused before sending, naming the months around it',
			custom('2026-01-01', '2026-02-14'),
			'2026-02-14 is not the last day of a month',
			'2026-01-01 to 2026-02-28',
		],
	]);
});
