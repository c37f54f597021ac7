import {
	custom,
	datesSent,
	REPORT_PATHS,
	runAnalytics,
	useAnalyticsWorld,
} from './analyticsHarness';

const PATH = REPORT_PATHS.monthlyVisitTrend;
const trend = { operation: 'getMonthlyVisitTrend' };

describe('Analytics > Get Monthly Visit Trend', () => {
	const world = useAnalyticsWorld();

	test('Last Month is the whole calendar month before this one', async () => {
		const result = await runAnalytics(world(), { ...trend, dateRange: 'lastMonth' });
		expect(result.error).toBeUndefined();
		expect(datesSent(world(), PATH)).toEqual(['20260201-20260228']);
		expect(result.rows).toEqual([expect.objectContaining({ ref_date: '202602' })]);
	});

	test('December to February is three monthly calls across the year end (leap years kept)', async () => {
		const result = await runAnalytics(world(), { ...trend, ...custom('2025-12-01', '2026-02-28') });
		expect(datesSent(world(), PATH)).toEqual([
			'20251201-20251231',
			'20260101-20260131',
			'20260201-20260228',
		]);
		expect(result.rows.map((row) => row.ref_date)).toEqual(['202512', '202601', '202602']);
	});

	test.each([
		[
			'a range that starts mid-month',
			custom('2026-01-15', '2026-02-28'),
			'is not the first day of a month',
		],
		['this month, not yet over', custom('2026-03-01', '2026-03-31'), 'up to yesterday'],
		['Last 30 Days', { dateRange: 'last30Days' }, 'whole calendar months'],
	])('%s is refused before sending', async (_, range, says) => {
		const result = await runAnalytics(world(), { ...trend, ...range });
		expect(result.error?.message).toContain(says);
		expect(world().server.callsTo(PATH)).toHaveLength(0);
	});
});
