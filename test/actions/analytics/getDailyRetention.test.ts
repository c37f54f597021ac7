import { REPORT_PATHS, testRefusals, describeReport } from './analyticsHarness';

describeReport('getDailyRetention', REPORT_PATHS.dailyRetention, (report) => {
	test('one row per retention key of the day: new and active users side by side', async () => {
		const result = await report.expectSent({ dateRange: 'yesterday' }, ['20260303-20260303']);
		expect(result.rows.map((row) => row.key)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 14, 30]);
		expect(result.rows[0]).toEqual({
			ref_date: '20260303',
			key: 0,
			visit_uv_new: expect.any(Number),
			visit_uv: expect.any(Number),
		});
	});

	testRefusals(report, '%s', [
		[
			'a range reaching today is refused before sending',
			{ dateRange: 'custom', from: '2026-03-04T00:00:00', to: '2026-03-04T00:00:00' },
			'up to yesterday',
		],
	]);
});
