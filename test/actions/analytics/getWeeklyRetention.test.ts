import {
	custom,
	datesSent,
	REPORT_PATHS,
	runAnalytics,
	useAnalyticsWorld,
} from './analyticsHarness';

const PATH = REPORT_PATHS.weeklyRetention;

describe('Analytics > Get Weekly Retention', () => {
	const world = useAnalyticsWorld();

	test('two whole weeks: two calls, one row per key of each week', async () => {
		const result = await runAnalytics(world(), {
			operation: 'getWeeklyRetention',
			...custom('2026-02-16', '2026-03-01'),
		});
		expect(result.error).toBeUndefined();
		expect(datesSent(world(), PATH)).toEqual(['20260216-20260222', '20260223-20260301']);
		expect(result.rows.map((row) => `${String(row.ref_date)}#${String(row.key)}`)).toEqual([
			...[0, 1, 2, 3, 4].map((key) => `20260216-20260222#${key}`),
			...[0, 1, 2, 3, 4].map((key) => `20260223-20260301#${key}`),
		]);
	});

	test('this week, not yet over, is refused before sending', async () => {
		const result = await runAnalytics(world(), {
			operation: 'getWeeklyRetention',
			...custom('2026-03-02', '2026-03-08'),
		});
		expect(result.error?.message).toContain('up to yesterday');
		expect(world().server.callsTo(PATH)).toHaveLength(0);
	});
});
