import {
	custom,
	datesSent,
	REPORT_PATHS,
	runAnalytics,
	useAnalyticsWorld,
} from './analyticsHarness';

const PATH = REPORT_PATHS.userPortrait;

describe('Analytics > Get User Portrait', () => {
	const world = useAnalyticsWorld();

	test('Last 7 Days in one call: one row per bucket of new and active users', async () => {
		const result = await runAnalytics(world(), {
			operation: 'getUserPortrait',
			dateRange: 'last7Days',
		});
		expect(result.error).toBeUndefined();
		expect(datesSent(world(), PATH)).toEqual(['20260225-20260303']);
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

	test.each([
		['Last Month (28 days)', { dateRange: 'lastMonth' }],
		['a custom 3 days', custom('2026-03-01', '2026-03-03')],
	])('%s is no span WeChat takes: refused before sending', async (_, range) => {
		const result = await runAnalytics(world(), { operation: 'getUserPortrait', ...range });
		expect(result.error?.message).toContain('the last 1, 7 or 30 days');
		expect(world().server.callsTo(PATH)).toHaveLength(0);
	});
});
