import { liveGoodsSuite, methods } from '../actions/liveGoods/liveGoodsHarness';
import { addApprovedGoods } from '../../testkit/servers/fakeWeChat/broadcastRoutes';
import { weChatCredentials } from '../../testkit/servers/fakeWeChat/credentials';
import { loadOptionsContext } from '../helpers/loadOptionsContext';

describe('Live Goods (library) and Live Room Goods (against a local WeChat)', () => {
	const suite = liveGoodsSuite();

	test('the goods pickers walk the audit states page by page; the room picker lists approved goods only', async () => {
		addApprovedGoods(suite.weChat.broadcast, 120, 1, 2);
		addApprovedGoods(suite.weChat.broadcast, 2, 300, 1);
		const context = () =>
			loadOptionsContext(
				{ resource: 'liveGoods', operation: 'delete' } as never,
				weChatCredentials(suite.weChat.server),
				'parameters.goodsId',
			);
		/** The first page of a picker, then the page its pagination token leads to. */
		const twoPages = async (search: typeof methods.listSearch.searchLiveGoods) => {
			const first = await search.call(context());
			return [first, await search.call(context(), undefined, first.paginationToken)];
		};
		const [first, second] = await twoPages(methods.listSearch.searchLiveGoods);
		expect(first.results).toHaveLength(0);
		expect(first.paginationToken).toBe('1:0');
		expect(second.results.map((entry) => entry.value)).toEqual(['300', '301']);
		expect(second.results[0].description).toMatch(/^in audit, ¥/);
		const [approved, rest] = await twoPages(methods.listSearch.searchApprovedLiveGoods);
		expect(approved.results).toHaveLength(100);
		expect(approved.paginationToken).toBe('2:100');
		expect(rest.results).toHaveLength(20);
		expect(rest.paginationToken).toBeUndefined();
		const found = await methods.listSearch.searchApprovedLiveGoods.call(context(), 'goods 42 ');
		expect(found.results.map((entry) => entry.value)).toEqual(['42']);
	});
});
