import { liveGoodsSuite } from '../liveGoods/liveGoodsHarness';
import {
	addApprovedGoods,
	approveGoods,
} from '../../../testkit/servers/fakeWeChat/broadcastRoutes';
import { makeLiveRooms } from '../../../testkit/servers/fakeWeChat/liveRoomRoutes';
import { byId, runBroadcast } from '../broadcastHarness';

describe('Live Goods (library) and Live Room Goods (against a local WeChat)', () => {
	const suite = liveGoodsSuite();

	describe('Live Room Goods', () => {
		beforeEach(() => {
			suite.weChat.rooms.rooms = makeLiveRooms(1);
			addApprovedGoods(suite.weChat.broadcast, 3, 1);
		});
		const run = (operation: string, extra: Record<string, unknown> = {}) =>
			runBroadcast(suite.weChat, {
				resource: 'liveRoomGoods',
				operation,
				roomId: byId(1),
				...extra,
			});

		test('Import, Sort, Set On Sale, Push, Get Explanation Video, Remove', async () => {
			expect((await run('importGoods', { goodsIds: '1,2,3' })).output('WeChat')).toEqual([
				{ roomId: 1, imported: [1, 2, 3] },
			]);
			expect(suite.weChat.server.callsTo('/wxaapi/broadcast/room/addgoods')[0].body).toEqual({
				ids: [1, 2, 3],
				roomId: 1,
			});
			expect((await run('sort', { goodsIds: '3, 1, 2' })).error).toBeUndefined();
			expect(suite.weChat.server.callsTo('/wxaapi/broadcast/goods/sort')[0].body.goods).toEqual([
				{ goodsId: '3' },
				{ goodsId: '1' },
				{ goodsId: '2' },
			]);
			expect(suite.weChat.broadcast.roomGoods.get(1)!.map((goods) => goods.goods_id)).toEqual([
				3, 1, 2,
			]);
			expect(
				(await run('setOnSale', { goodsId: byId(2), onSale: false })).output('WeChat'),
			).toEqual([{ roomId: 1, goodsId: 2, onSale: false }]);
			expect((await run('push', { goodsId: byId(2) })).error?.message).toMatch(
				/errcode 300052 \(goods taken off sale cannot be pushed\)/,
			);
			expect((await run('push', { goodsId: byId(1) })).output('WeChat')).toEqual([
				{ roomId: 1, goodsId: 1, pushed: true },
			]);
			expect(suite.weChat.broadcast.goodsPushes).toEqual([{ roomId: 1, goodsId: 1 }]);
			expect((await run('getVideo', { goodsId: byId(1) })).error?.message).toMatch(
				/errcode 300044 \(the goods have no explanation video\)/,
			);
			suite.weChat.broadcast.goodsVideos.set('1:1', 'http://video/1.mp4');
			expect((await run('getVideo', { goodsId: byId(1) })).output('WeChat')).toEqual([
				{ roomId: 1, goodsId: 1, videoUrl: 'http://video/1.mp4' },
			]);
			expect((await run('remove', { goodsId: byId(3) })).output('WeChat')).toEqual([
				{ roomId: 1, goodsId: 3, removed: true },
			]);
			expect((await run('remove', { goodsId: byId(3) })).error?.message).toMatch(
				/errcode 300053 \(the room does not hold these goods\)/,
			);
		});

		test('goods not yet approved are explained; an unclear import or push is not resent', async () => {
			suite.weChat.broadcast.goods.get(3)!.auditStatus = 1;
			expect((await run('importGoods', { goodsIds: [3] })).error?.message).toMatch(
				/errcode 300025 \(the goods have not passed audit\)/,
			);
			approveGoods(suite.weChat.broadcast, 3);
			suite.weChat.server.injectFault('/wxaapi/broadcast/room/addgoods', {
				kind: 'resetAfterHandling',
			});
			expect((await run('importGoods', { goodsIds: [3] })).error?.message).toMatch(
				/room\/addgoods: no clear answer/,
			);
			expect(suite.weChat.server.callsTo('/wxaapi/broadcast/room/addgoods')).toHaveLength(2);
			suite.weChat.server.injectFault('/wxaapi/broadcast/goods/push', {
				kind: 'resetAfterHandling',
			});
			expect((await run('push', { goodsId: byId(3) })).error?.message).toMatch(
				/goods\/push: no clear answer/,
			);
			expect(suite.weChat.server.callsTo('/wxaapi/broadcast/goods/push')).toHaveLength(1);
			expect(suite.weChat.broadcast.goodsPushes).toHaveLength(1);
		});
	});
});
