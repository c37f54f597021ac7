import { custom, REPORT_PATHS, testRefusals, describeReport } from './analyticsHarness';

describeReport('getDailyVisitTrend', REPORT_PATHS.dailyVisitTrend, (report) => {
	test('Last 7 Days: seven daily calls, one row a day with the trend figures', async () => {
		const result = await report.run({ dateRange: 'last7Days' });
		expect(result.error).toBeUndefined();
		expect(result.sent).toHaveLength(7);
		expect(result.rows.map((row) => row.ref_date)).toEqual(
			['0225', '0226', '0227', '0228', '0301', '0302', '0303'].map((day) => `2026${day}`),
		);
		expect(Object.keys(result.rows[0]).sort()).toEqual([
			'ref_date',
			'session_cnt',
			'stay_time_session',
			'stay_time_uv',
			'visit_depth',
			'visit_pv',
			'visit_uv',
			'visit_uv_new',
		]);
	});

	testRefusals(report, '%s is refused before sending, with what WeChat takes', [
		[
			'a range that reaches today',
			custom('2026-03-02', '2026-03-04'),
			'up to yesterday (2026-03-03',
		],
		['a range that ends before it starts', custom('2026-03-02', '2026-03-01'), 'before it starts'],
		[
			'a From that is no date',
			{ dateRange: 'custom', from: 'soon', to: '2026-03-01T00:00:00' },
			'is not a date',
		],
		['more than a year of days', custom('2025-01-01', '2026-03-01'), 'at most 366'],
	]);

	test('Continue On Fail: each input item reads its own range; a refused one is its own error item', async () => {
		const result = await report.run(
			{ dateRange: 'custom', from: '={{ $json.from }}', to: '={{ $json.to }}' },
			[
				{ from: '2026-03-01', to: '2026-03-01' },
				{ from: '2026-03-03', to: '2026-03-05' },
				{ from: '2026-03-02', to: '2026-03-03' },
			],
			{ continueOnFail: true },
		);
		expect(result.error).toBeUndefined();
		expect(result.rows.map((row) => row.ref_date ?? 'error')).toEqual([
			'20260301',
			'error',
			'20260302',
			'20260303',
		]);
		expect(result.items.map((item) => item.pairedItem)).toEqual(
			[0, 1, 2, 2].map((item) => ({ item })),
		);
		expect(result.sent).toEqual(['01', '02', '03'].map((day) => `202603${day}-202603${day}`));
	});
});
