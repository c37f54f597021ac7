import { liveGoodsSuite } from './liveGoodsHarness';
import { addApprovedGoods } from '../../../testkit/servers/fakeWeChat/broadcastRoutes';
import { byId, png, runBroadcast } from '../broadcastHarness';

describe('Live Goods (library) and Live Room Goods (against a local WeChat)', () => {
	const suite = liveGoodsSuite();

	test('Update sends only the fields given; approved goods take only prices; Delete removes', async () => {
		const [goods] = addApprovedGoods(suite.weChat.broadcast, 1, 7);
		const price = await runBroadcast(suite.weChat, {
			resource: 'liveGoods',
			operation: 'update',
			goodsId: byId(7),
			updateFields: { priceType: 2, price: 10, price2: 20 },
		});
		expect(price.error).toBeUndefined();
		expect(suite.weChat.server.callsTo('/wxaapi/broadcast/goods/update')[0].body.goodsInfo).toEqual(
			{
				goodsId: 7,
				priceType: 2,
				price: 10,
				price2: 20,
			},
		);
		expect(goods).toMatchObject({ priceType: 2, price: 10, price2: 20 });
		const name = await runBroadcast(suite.weChat, {
			resource: 'liveGoods',
			operation: 'update',
			goodsId: byId(7),
			updateFields: { name: '新的商品名称' },
		});
		expect(name.error?.message).toMatch(/errcode 300010/);
		const nothing = await runBroadcast(suite.weChat, {
			resource: 'liveGoods',
			operation: 'update',
			goodsId: byId(7),
		});
		expect(nothing.error?.message).toMatch(/nothing to update/);
		const image = await runBroadcast(
			suite.weChat,
			{
				resource: 'liveGoods',
				operation: 'update',
				goodsId: byId(7),
				coverImgUrlSource: 'binary',
				coverImgUrlBinaryProperty: 'data',
			},
			[{ binary: { data: png(100) } }],
		);
		expect(image.error?.message).toMatch(
			/errcode 300010 \(the goods' audit state does not allow this/,
		);
		const deleted = await runBroadcast(suite.weChat, {
			resource: 'liveGoods',
			operation: 'delete',
			goodsId: byId(7),
		});
		expect(deleted.output('WeChat')).toEqual([{ goodsId: 7, deleted: true }]);
		expect(suite.weChat.broadcast.goods.size).toBe(0);
	});
});
