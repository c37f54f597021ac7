import { collectOffsetPages } from '../../../nodes/protocol/common/offsetPages';
import type { OffsetPage } from '../../../nodes/protocol/common/offsetPages';

function pager(total: number, reportTotal = true) {
	const calls: [number, number][] = [];
	const fetchPage = async (start: number, limit: number): Promise<OffsetPage<number>> => {
		calls.push([start, limit]);
		const items = Array.from(
			{ length: Math.max(0, Math.min(limit, total - start)) },
			(_, index) => start + index,
		);
		return reportTotal ? { items, total } : { items };
	};
	return { calls, fetchPage };
}

describe('start/limit paging', () => {
	test('Return All stops at the reported total without an extra empty call', async () => {
		const { calls, fetchPage } = pager(250);
		const { items } = await collectOffsetPages(fetchPage, { pageSize: 100 });
		expect(items).toHaveLength(250);
		expect(calls).toEqual([
			[0, 100],
			[100, 100],
			[200, 100],
		]);
		const exact = pager(200);
		await collectOffsetPages(exact.fetchPage, { pageSize: 100 });
		expect(exact.calls).toHaveLength(2);
	});

	test('without a total, a short page ends it', async () => {
		const { calls, fetchPage } = pager(130, false);
		expect((await collectOffsetPages(fetchPage, { pageSize: 100 })).items).toHaveLength(130);
		expect(calls).toEqual([
			[0, 100],
			[100, 100],
		]);
	});

	test('a limit asks for just what is still wanted', async () => {
		const { calls, fetchPage } = pager(1000);
		expect((await collectOffsetPages(fetchPage, { pageSize: 30, maxResults: 45 })).items).toEqual(
			Array.from({ length: 45 }, (_, index) => index),
		);
		expect(calls).toEqual([
			[0, 30],
			[30, 15],
		]);
	});

	test('a filter reads full pages and still honours the limit', async () => {
		const { calls, fetchPage } = pager(1000);
		const { items } = await collectOffsetPages(fetchPage, {
			pageSize: 100,
			maxResults: 5,
			keep: (n) => n % 50 === 0,
		});
		expect(items).toEqual([0, 50, 100, 150, 200]);
		expect(calls).toEqual([
			[0, 100],
			[100, 100],
			[200, 100],
		]);
	});

	test('an empty first page costs one call', async () => {
		const { calls, fetchPage } = pager(0);
		expect((await collectOffsetPages(fetchPage, { pageSize: 100 })).items).toEqual([]);
		expect(calls).toHaveLength(1);
	});
});
