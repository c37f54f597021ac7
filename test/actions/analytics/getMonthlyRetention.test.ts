import {
	custom,
	datesSent,
	REPORT_PATHS,
	runAnalytics,
	useAnalyticsWorld,
} from './analyticsHarness';

const PATH = REPORT_PATHS.monthlyRetention;

describe('Analytics > Get Monthly Retention', () => {
	const world = useAnalyticsWorld();

	test('Last Month: one call, rows for the month itself and the month after', async () => {
		const result = await runAnalytics(world(), {
			operation: 'getMonthlyRetention',
			dateRange: 'lastMonth',
		});
		expect(result.error).toBeUndefined();
		expect(datesSent(world(), PATH)).toEqual(['20260201-20260228']);
		expect(result.rows.map((row) => [row.ref_date, row.key])).toEqual([
			['202602', 0],
			['202602', 1],
		]);
	});

	test('a range ending mid-month is refused before sending, naming the months around it', async () => {
		const result = await runAnalytics(world(), {
			operation: 'getMonthlyRetention',
			...custom('2026-01-01', '2026-02-14'),
		});
		expect(result.error?.message).toContain('2026-02-14 is not the last day of a month');
		expect(result.error?.message).toContain('2026-01-01 to 2026-02-28');
		expect(world().server.callsTo(PATH)).toHaveLength(0);
	});
});
