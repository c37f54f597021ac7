import { custom, REPORT_PATHS, describeReport } from './analyticsHarness';

describeReport('getPageVisits', REPORT_PATHS.pageVisits, (report) => {
	const twoDays = custom('2026-03-02', '2026-03-03');
	const dayAndPage = (row: Record<string, unknown>) =>
		`${String(row.ref_date)} ${String(row.page_path)}`;

	test('Return All: one row per page per day, with the day it counts', async () => {
		const result = await report.expectSent({ ...twoDays, returnAll: true }, [
			'20260302-20260302',
			'20260303-20260303',
		]);
		const { pages } = report.world().analytics;
		expect(result.rows.map(dayAndPage)).toEqual(
			['20260302', '20260303'].flatMap((day) => pages.map((page) => `${day} ${page}`)),
		);
		expect(result.rows[0]).toMatchObject({
			page_visit_pv: expect.any(Number),
			entrypage_pv: expect.any(Number),
		});
	});

	test("Limit keeps each day's top pages", async () => {
		const result = await report.run({ ...twoDays, returnAll: false, limit: 2 });
		expect(result.rows.map(dayAndPage)).toEqual(
			['20260302', '20260303'].flatMap((day) => [
				`${day} pages/index/index`,
				`${day} pages/store/store`,
			]),
		);
	});
});
