import {
	custom,
	datesSent,
	REPORT_PATHS,
	runAnalytics,
	useAnalyticsWorld,
} from './analyticsHarness';

const PATH = REPORT_PATHS.pageVisits;

describe('Analytics > Get Page Visits', () => {
	const world = useAnalyticsWorld();

	test('Return All: one row per page per day, with the day it counts', async () => {
		const result = await runAnalytics(world(), {
			operation: 'getPageVisits',
			...custom('2026-03-02', '2026-03-03'),
			returnAll: true,
		});
		expect(result.error).toBeUndefined();
		expect(datesSent(world(), PATH)).toEqual(['20260302-20260302', '20260303-20260303']);
		expect(result.rows.map((row) => `${String(row.ref_date)} ${String(row.page_path)}`)).toEqual(
			['20260302', '20260303'].flatMap((day) =>
				world().analytics.pages.map((page) => `${day} ${page}`),
			),
		);
		expect(result.rows[0]).toMatchObject({
			page_visit_pv: expect.any(Number),
			entrypage_pv: expect.any(Number),
		});
	});

	test("Limit keeps each day's top pages", async () => {
		const result = await runAnalytics(world(), {
			operation: 'getPageVisits',
			...custom('2026-03-02', '2026-03-03'),
			returnAll: false,
			limit: 2,
		});
		expect(result.rows.map((row) => `${String(row.ref_date)} ${String(row.page_path)}`)).toEqual([
			'20260302 pages/index/index',
			'20260302 pages/store/store',
			'20260303 pages/index/index',
			'20260303 pages/store/store',
		]);
	});
});
