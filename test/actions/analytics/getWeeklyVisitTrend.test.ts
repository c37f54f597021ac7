import {
	custom,
	datesSent,
	REPORT_PATHS,
	runAnalytics,
	useAnalyticsWorld,
} from './analyticsHarness';

const PATH = REPORT_PATHS.weeklyVisitTrend;
const trend = { operation: 'getWeeklyVisitTrend' };

describe('Analytics > Get Weekly Visit Trend', () => {
	const world = useAnalyticsWorld();

	test('Last Week is Monday to Sunday before this week, in China', async () => {
		const result = await runAnalytics(world(), { ...trend, dateRange: 'lastWeek' });
		expect(result.error).toBeUndefined();
		expect(datesSent(world(), PATH)).toEqual(['20260223-20260301']);
		expect(result.rows).toEqual([expect.objectContaining({ ref_date: '20260223-20260301' })]);
	});

	test('a custom range of three whole weeks is split into three weekly calls', async () => {
		const result = await runAnalytics(world(), { ...trend, ...custom('2026-02-09', '2026-03-01') });
		expect(datesSent(world(), PATH)).toEqual([
			'20260209-20260215',
			'20260216-20260222',
			'20260223-20260301',
		]);
		expect(result.rows.map((row) => row.ref_date)).toEqual([
			'20260209-20260215',
			'20260216-20260222',
			'20260223-20260301',
		]);
	});

	test('a range that is not whole weeks is refused before sending, naming the weeks around it', async () => {
		const result = await runAnalytics(world(), { ...trend, ...custom('2026-02-10', '2026-02-28') });
		expect(result.error?.message).toContain(
			'2026-02-10 is not a Monday and 2026-02-28 is not a Sunday',
		);
		expect(result.error?.message).toContain('2026-02-09 to 2026-03-01');
		expect(world().server.callsTo(PATH)).toHaveLength(0);
	});

	test('Last 7 Days is no week: refused before sending', async () => {
		const result = await runAnalytics(world(), { ...trend, dateRange: 'last7Days' });
		expect(result.error?.message).toContain('Monday to Sunday');
		expect(world().server.callsTo(PATH)).toHaveLength(0);
	});
});
