import { custom, REPORT_PATHS, describeReport } from './analyticsHarness';

describeReport('getVisitDistribution', REPORT_PATHS.visitDistribution, (report) => {
	test('one row per bucket of each distribution, per day', async () => {
		const result = await report.expectSent(custom('2026-03-02', '2026-03-03'), [
			'20260302-20260302',
			'20260303-20260303',
		]);
		expect(result.rows).toHaveLength(2 * (8 + 8 + 6));
		expect(result.rows[0]).toEqual({
			ref_date: '20260302',
			index: 'access_source_session_cnt',
			key: 1,
			value: expect.any(Number),
		});
		expect(new Set(result.rows.map((row) => row.index))).toEqual(
			new Set(['access_source_session_cnt', 'access_staytime_info', 'access_depth_info']),
		);
	});
});
