import { datesSent, REPORT_PATHS, runAnalytics, useAnalyticsWorld } from './analyticsHarness';

const PATH = REPORT_PATHS.dailyRetention;

describe('Analytics > Get Daily Retention', () => {
	const world = useAnalyticsWorld();

	test('one row per retention key of the day: new and active users side by side', async () => {
		const result = await runAnalytics(world(), {
			operation: 'getDailyRetention',
			dateRange: 'yesterday',
		});
		expect(result.error).toBeUndefined();
		expect(datesSent(world(), PATH)).toEqual(['20260303-20260303']);
		expect(result.rows.map((row) => row.key)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 14, 30]);
		expect(result.rows[0]).toEqual({
			ref_date: '20260303',
			key: 0,
			visit_uv_new: expect.any(Number),
			visit_uv: expect.any(Number),
		});
	});

	test('a range reaching today is refused before sending', async () => {
		const result = await runAnalytics(world(), {
			operation: 'getDailyRetention',
			dateRange: 'custom',
			from: '2026-03-04T00:00:00',
			to: '2026-03-04T00:00:00',
		});
		expect(result.error?.message).toContain('up to yesterday');
		expect(world().server.callsTo(PATH)).toHaveLength(0);
	});
});
