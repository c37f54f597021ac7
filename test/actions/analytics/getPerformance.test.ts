import { custom, PERFORMANCE_PATH, testRefusals, describeReport } from './analyticsHarness';

describeReport('getPerformance', PERFORMANCE_PATH, (report) => {
	test('a metric over days: China-day timestamps and only the filters set are sent; one row per measure and day', async () => {
		const result = await report.run({
			metric: 'launchStages',
			...custom('2026-03-02', '2026-03-03'),
			options: { networkType: 'wifi', platform: '1' },
		});
		expect(result.error).toBeUndefined();
		const [call] = report.world().server.callsTo(PERFORMANCE_PATH);
		expect(call.body).toMatchObject({
			module: '10017', // WeChat documents the module as text
			time: {
				begin_timestamp: Date.UTC(2026, 2, 1, 16) / 1000, // 2 March 00:00 in China
				end_timestamp: Date.UTC(2026, 2, 3, 16) / 1000,
			},
		});
		expect(call.body.params).toEqual([
			{ field: 'networktype', value: 'wifi' },
			{ field: 'device', value: '1' },
		]);
		expect(result.rows.map((row) => `${String(row.measure)} ${String(row.ref_date)}`)).toEqual([
			'costtime 20260302',
			'costtime 20260303',
			'count 20260302',
			'count 20260303',
		]);
		expect(result.rows[0]).toMatchObject({
			metric: 'launchStages',
			module: 10017,
			measureName: '耗时',
			value: expect.any(Number),
		});
	});

	const openRate = (range: Record<string, unknown>) => ({ metric: 'openRate', ...range });
	testRefusals(report, '%s is refused before sending', [
		['more than 30 days', openRate(custom('2026-01-01', '2026-03-03')), 'at most 30 days'],
		['a range reaching today', openRate(custom('2026-03-03', '2026-03-04')), 'up to yesterday'],
	]);
});
