import { custom, REPORT_PATHS, testRefusals, describeReport } from './analyticsHarness';

describeReport('getUserPortrait', REPORT_PATHS.userPortrait, (report) => {
	test('Last 7 Days in one call: one row per bucket of new and active users', async () => {
		const result = await report.expectSent({ dateRange: 'last7Days' }, ['20260225-20260303']);
		expect(new Set(result.rows.map((row) => row.users))).toEqual(new Set(['new', 'active']));
		expect(result.rows).toContainEqual({
			ref_date: '20260225-20260303',
			users: 'active',
			dimension: 'province',
			id: 31,
			name: '广东省',
			value: expect.any(Number),
		});
	});

	const says = 'the last 1, 7 or 30 days';
	testRefusals(report, '%s is no span WeChat takes: refused before sending', [
		['Last Month (28 days)', { dateRange: 'lastMonth' }, says],
		['a custom 3 days', custom('2026-03-01', '2026-03-03'), says],
	]);
});
