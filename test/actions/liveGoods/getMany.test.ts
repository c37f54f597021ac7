import { liveGoodsSuite } from './liveGoodsHarness';
import { addApprovedGoods } from '../../../testkit/servers/fakeWeChat/broadcastRoutes';
import { runBroadcast } from '../broadcastHarness';

describe('Live Goods (library) and Live Room Goods (against a local WeChat)', () => {
	const suite = liveGoodsSuite();

	test('Get Many reads every page of 100 of each audit state chosen; Get Status reads by id', async () => {
		addApprovedGoods(suite.weChat.broadcast, 150, 1, 2);
		addApprovedGoods(suite.weChat.broadcast, 30, 500, 3);
		const all = await runBroadcast(suite.weChat, {
			resource: 'liveGoods',
			operation: 'getMany',
			statuses: [2, 3],
			returnAll: true,
		});
		expect(all.output('WeChat')).toHaveLength(180);
		expect(all.output('WeChat')[179]).toMatchObject({
			goodsId: 529,
			auditStatus: 3,
			auditState: 'rejected',
		});
		const pages = suite.weChat.server
			.callsTo('/wxaapi/broadcast/goods/getapproved')
			.map((call) => [call.query.status, call.query.offset, call.query.limit]);
		expect(pages).toEqual([
			['2', '0', '100'],
			['2', '100', '100'],
			['3', '0', '100'],
		]);
		const limited = await runBroadcast(suite.weChat, {
			resource: 'liveGoods',
			operation: 'getMany',
			statuses: [2, 3],
			returnAll: false,
			limit: 120,
		});
		expect(limited.output('WeChat')).toHaveLength(120);
		const status = await runBroadcast(suite.weChat, {
			resource: 'liveGoods',
			operation: 'getStatus',
			goodsIds: '1, 500',
		});
		expect(status.output('WeChat').map((entry) => [entry.goods_id, entry.audit_status])).toEqual([
			[1, 2],
			[500, 3],
		]);
		const bad = await runBroadcast(suite.weChat, {
			resource: 'liveGoods',
			operation: 'getStatus',
			goodsIds: '1, abc',
		});
		expect(bad.error?.message).toMatch(/these are not goods IDs: abc/);
	});
});
