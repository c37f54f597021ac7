import { virtualClock } from '../../../testkit/clock/defaultClock';
import {
	custom,
	datesSent,
	REPORT_PATHS,
	runAnalytics,
	useAnalyticsWorld,
} from './analyticsHarness';

const PATH = REPORT_PATHS.dailySummary;

describe('Analytics > Get Summary', () => {
	const world = useAnalyticsWorld();

	test('Yesterday is yesterday in China: one call, one row', async () => {
		const result = await runAnalytics(world(), { operation: 'getSummary', dateRange: 'yesterday' });
		expect(result.error).toBeUndefined();
		expect(datesSent(world(), PATH)).toEqual(['20260303-20260303']);
		expect(result.rows).toEqual([
			{
				ref_date: '20260303',
				visit_total: expect.any(Number),
				share_pv: expect.any(Number),
				share_uv: expect.any(Number),
			},
		]);
	});

	test('at 23:30 UTC it is already the next day in China: Yesterday moves with it', async () => {
		virtualClock().advanceTo(Date.UTC(2026, 2, 4, 16, 30)); // 00:30 on 5 March in China
		await runAnalytics(world(), { operation: 'getSummary', dateRange: 'yesterday' });
		expect(datesSent(world(), PATH)).toEqual(['20260304-20260304']);
	});

	test('a custom range of days is one call a day, one after the other, rows in date order', async () => {
		world().server.latency = { ms: 50 };
		const result = await runAnalytics(world(), {
			operation: 'getSummary',
			...custom('2026-02-27', '2026-03-02'),
		});
		expect(result.error).toBeUndefined();
		expect(datesSent(world(), PATH)).toEqual([
			'20260227-20260227',
			'20260228-20260228',
			'20260301-20260301',
			'20260302-20260302',
		]);
		expect(world().server.inFlight.most).toBe(1);
		expect(result.rows.map((row) => row.ref_date)).toEqual([
			'20260227',
			'20260228',
			'20260301',
			'20260302',
		]);
	});

	test('the same day gives the same figures (the local data is deterministic)', async () => {
		const first = await runAnalytics(world(), { operation: 'getSummary', dateRange: 'yesterday' });
		const again = await runAnalytics(world(), { operation: 'getSummary', dateRange: 'yesterday' });
		expect(again.rows).toEqual(first.rows);
	});
});
