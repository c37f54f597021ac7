import { WeChatMiniProgram } from '../../nodes/WeChatMiniProgram/WeChatMiniProgram.node';
import { testTransport } from '../../testkit/engine/nodeTransport';
import { addApprovedGoods, approveGoods } from '../../testkit/servers/fakeWeChat/broadcastRoutes';
import { weChatCredentials } from '../../testkit/servers/fakeWeChat/credentials';
import { makeLiveRooms } from '../../testkit/servers/fakeWeChat/liveRoomRoutes';
import { loadOptionsContext } from '../helpers/loadOptionsContext';
import {
	byId,
	png,
	runBroadcast,
	startBroadcastWeChat,
	type BroadcastWeChat,
} from './broadcastHarness';

const { methods } = new WeChatMiniProgram(testTransport());
const ADD = '/wxaapi/broadcast/goods/add';

describe('Live Goods (library) and Live Room Goods (against a local WeChat)', () => {
	let weChat: BroadcastWeChat;
	beforeEach(async () => (weChat = await startBroadcastWeChat()));
	afterEach(async () => await weChat.server.stop());

	const addParameters = (overrides: Record<string, unknown> = {}) => ({
		resource: 'liveGoods',
		operation: 'add',
		name: 'TIT茶杯礼盒',
		priceType: 3,
		price: 99.5,
		price2: 59.9,
		url: 'pages/goods/detail?sku=1',
		...overrides,
	});

	test('Add uploads the image from binary input and submits the goods; audit withdraw and resubmit follow', async () => {
		const added = await runBroadcast(weChat, addParameters(), [{ binary: { data: png(5000) } }]);
		expect(added.error).toBeUndefined();
		const [{ goodsId, auditId }] = added.output('WeChat') as Array<{
			goodsId: number;
			auditId: number;
		}>;
		const body = weChat.server.callsTo(ADD)[0].body.goodsInfo as Record<string, unknown>;
		expect(body).toMatchObject({ name: 'TIT茶杯礼盒', priceType: 3, price: 99.5, price2: 59.9 });
		expect(weChat.media.media.has(String(body.coverImgUrl))).toBe(true);
		const withdraw = await runBroadcast(weChat, {
			resource: 'liveGoods',
			operation: 'withdrawAudit',
			goodsId: byId(goodsId),
			auditId,
		});
		expect(withdraw.output('WeChat')).toEqual([{ goodsId, auditId, withdrawn: true }]);
		const again = await runBroadcast(weChat, {
			resource: 'liveGoods',
			operation: 'withdrawAudit',
			goodsId: byId(goodsId),
			auditId,
		});
		expect(again.error?.message).toMatch(/errcode 300009 \(withdrawing the audit failed/);
		const resubmit = await runBroadcast(weChat, {
			resource: 'liveGoods',
			operation: 'resubmitAudit',
			goodsId: byId(goodsId),
		});
		expect(resubmit.output('WeChat')[0]).toEqual({ goodsId, auditId: auditId + 1 });
	});

	test.each([
		[
			'a 2-character name',
			{ name: '茶杯' },
			/Goods name "茶杯" is 4 characters wide; WeChat takes 6 to 28/,
		],
		[
			'a discount above the original',
			{ price2: 120 },
			/a discount needs Price 2, the current price \(120\), below Price/,
		],
		['three decimals', { priceType: 1, price: 9.999 }, /Price 9.999 has more than two decimals/],
		[
			'a range upside down',
			{ priceType: 2, price: 50, price2: 10 },
			/a price range needs Price 2 \(10\) above Price \(50\)/,
		],
		['a path with a leading slash', { url: '/pages/goods' }, /without a leading "\/"/],
	])('Add refuses %s before uploading or sending', async (_case, overrides, message) => {
		const result = await runBroadcast(weChat, addParameters(overrides), [
			{ binary: { data: png(100) } },
		]);
		expect(result.error?.message).toMatch(/WeChat goods\/add was not called/);
		expect(result.error?.message).toMatch(message);
		expect(weChat.server.calls.filter((call) => call.path !== '/cgi-bin/stable_token')).toEqual([]);
	});

	test('an unclear add or resubmit is reported, never resent (each uses one of 500 audits a day)', async () => {
		weChat.server.injectFault(ADD, { kind: 'resetAfterHandling' });
		const add = await runBroadcast(weChat, addParameters(), [{ binary: { data: png(100) } }]);
		expect(add.error?.message).toMatch(/goods\/add: no clear answer .* not resent/);
		expect(weChat.server.callsTo(ADD)).toHaveLength(1);
		expect(weChat.broadcast.goods.size).toBe(1);
		const [goods] = weChat.broadcast.goods.values();
		goods.auditStatus = 0;
		weChat.server.injectFault('/wxaapi/broadcast/goods/audit', { kind: 'http', status: 502 });
		const audit = await runBroadcast(weChat, {
			resource: 'liveGoods',
			operation: 'resubmitAudit',
			goodsId: byId(goods.goodsId),
		});
		expect(audit.error?.message).toMatch(/goods\/audit: no clear answer \(HTTP 502\)/);
		expect(weChat.server.callsTo('/wxaapi/broadcast/goods/audit')).toHaveLength(1);
		weChat.broadcast.auditsToday = 500;
		const quota = await runBroadcast(weChat, addParameters(), [{ binary: { data: png(100) } }]);
		expect(quota.error?.message).toMatch(
			/errcode 300012 \(no audit quota left today \(500 a day\)\)/,
		);
	});

	test('Update sends only the fields given; approved goods take only prices; Delete removes', async () => {
		const [goods] = addApprovedGoods(weChat.broadcast, 1, 7);
		const price = await runBroadcast(weChat, {
			resource: 'liveGoods',
			operation: 'update',
			goodsId: byId(7),
			updateFields: { priceType: 2, price: 10, price2: 20 },
		});
		expect(price.error).toBeUndefined();
		expect(weChat.server.callsTo('/wxaapi/broadcast/goods/update')[0].body.goodsInfo).toEqual({
			goodsId: 7,
			priceType: 2,
			price: 10,
			price2: 20,
		});
		expect(goods).toMatchObject({ priceType: 2, price: 10, price2: 20 });
		const name = await runBroadcast(weChat, {
			resource: 'liveGoods',
			operation: 'update',
			goodsId: byId(7),
			updateFields: { name: '新的商品名称' },
		});
		expect(name.error?.message).toMatch(/errcode 300010/);
		const nothing = await runBroadcast(weChat, {
			resource: 'liveGoods',
			operation: 'update',
			goodsId: byId(7),
		});
		expect(nothing.error?.message).toMatch(/nothing to update/);
		const image = await runBroadcast(
			weChat,
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
		const deleted = await runBroadcast(weChat, {
			resource: 'liveGoods',
			operation: 'delete',
			goodsId: byId(7),
		});
		expect(deleted.output('WeChat')).toEqual([{ goodsId: 7, deleted: true }]);
		expect(weChat.broadcast.goods.size).toBe(0);
	});

	test('Get Many reads every page of 100 of each audit state chosen; Get Status reads by id', async () => {
		addApprovedGoods(weChat.broadcast, 150, 1, 2);
		addApprovedGoods(weChat.broadcast, 30, 500, 3);
		const all = await runBroadcast(weChat, {
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
		const pages = weChat.server
			.callsTo('/wxaapi/broadcast/goods/getapproved')
			.map((call) => [call.query.status, call.query.offset, call.query.limit]);
		expect(pages).toEqual([
			['2', '0', '100'],
			['2', '100', '100'],
			['3', '0', '100'],
		]);
		const limited = await runBroadcast(weChat, {
			resource: 'liveGoods',
			operation: 'getMany',
			statuses: [2, 3],
			returnAll: false,
			limit: 120,
		});
		expect(limited.output('WeChat')).toHaveLength(120);
		const status = await runBroadcast(weChat, {
			resource: 'liveGoods',
			operation: 'getStatus',
			goodsIds: '1, 500',
		});
		expect(status.output('WeChat').map((entry) => [entry.goods_id, entry.audit_status])).toEqual([
			[1, 2],
			[500, 3],
		]);
		const bad = await runBroadcast(weChat, {
			resource: 'liveGoods',
			operation: 'getStatus',
			goodsIds: '1, abc',
		});
		expect(bad.error?.message).toMatch(/these are not goods IDs: abc/);
	});

	test('the goods pickers walk the audit states page by page; the room picker lists approved goods only', async () => {
		addApprovedGoods(weChat.broadcast, 120, 1, 2);
		addApprovedGoods(weChat.broadcast, 2, 300, 1);
		const context = () =>
			loadOptionsContext(
				{ resource: 'liveGoods', operation: 'delete' } as never,
				weChatCredentials(weChat.server),
				'parameters.goodsId',
			);
		const first = await methods.listSearch.searchLiveGoods.call(context());
		expect(first.results).toHaveLength(0);
		expect(first.paginationToken).toBe('1:0');
		const second = await methods.listSearch.searchLiveGoods.call(
			context(),
			undefined,
			first.paginationToken,
		);
		expect(second.results.map((entry) => entry.value)).toEqual(['300', '301']);
		expect(second.results[0].description).toMatch(/^in audit, ¥/);
		const approved = await methods.listSearch.searchApprovedLiveGoods.call(context());
		expect(approved.results).toHaveLength(100);
		expect(approved.paginationToken).toBe('2:100');
		const rest = await methods.listSearch.searchApprovedLiveGoods.call(
			context(),
			undefined,
			approved.paginationToken,
		);
		expect(rest.results).toHaveLength(20);
		expect(rest.paginationToken).toBeUndefined();
		const found = await methods.listSearch.searchApprovedLiveGoods.call(context(), 'goods 42 ');
		expect(found.results.map((entry) => entry.value)).toEqual(['42']);
	});

	describe('Live Room Goods', () => {
		beforeEach(() => {
			weChat.rooms.rooms = makeLiveRooms(1);
			addApprovedGoods(weChat.broadcast, 3, 1);
		});
		const run = (operation: string, extra: Record<string, unknown> = {}) =>
			runBroadcast(weChat, { resource: 'liveRoomGoods', operation, roomId: byId(1), ...extra });

		test('Import, Sort, Set On Sale, Push, Get Explanation Video, Remove', async () => {
			expect((await run('importGoods', { goodsIds: '1,2,3' })).output('WeChat')).toEqual([
				{ roomId: 1, imported: [1, 2, 3] },
			]);
			expect(weChat.server.callsTo('/wxaapi/broadcast/room/addgoods')[0].body).toEqual({
				ids: [1, 2, 3],
				roomId: 1,
			});
			expect((await run('sort', { goodsIds: '3, 1, 2' })).error).toBeUndefined();
			expect(weChat.server.callsTo('/wxaapi/broadcast/goods/sort')[0].body.goods).toEqual([
				{ goodsId: '3' },
				{ goodsId: '1' },
				{ goodsId: '2' },
			]);
			expect(weChat.broadcast.roomGoods.get(1)!.map((goods) => goods.goods_id)).toEqual([3, 1, 2]);
			expect(
				(await run('setOnSale', { goodsId: byId(2), onSale: false })).output('WeChat'),
			).toEqual([{ roomId: 1, goodsId: 2, onSale: false }]);
			expect((await run('push', { goodsId: byId(2) })).error?.message).toMatch(
				/errcode 300052 \(goods taken off sale cannot be pushed\)/,
			);
			expect((await run('push', { goodsId: byId(1) })).output('WeChat')).toEqual([
				{ roomId: 1, goodsId: 1, pushed: true },
			]);
			expect(weChat.broadcast.goodsPushes).toEqual([{ roomId: 1, goodsId: 1 }]);
			expect((await run('getVideo', { goodsId: byId(1) })).error?.message).toMatch(
				/errcode 300044 \(the goods have no explanation video\)/,
			);
			weChat.broadcast.goodsVideos.set('1:1', 'http://video/1.mp4');
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
			weChat.broadcast.goods.get(3)!.auditStatus = 1;
			expect((await run('importGoods', { goodsIds: [3] })).error?.message).toMatch(
				/errcode 300025 \(the goods have not passed audit\)/,
			);
			approveGoods(weChat.broadcast, 3);
			weChat.server.injectFault('/wxaapi/broadcast/room/addgoods', { kind: 'resetAfterHandling' });
			expect((await run('importGoods', { goodsIds: [3] })).error?.message).toMatch(
				/room\/addgoods: no clear answer/,
			);
			expect(weChat.server.callsTo('/wxaapi/broadcast/room/addgoods')).toHaveLength(2);
			weChat.server.injectFault('/wxaapi/broadcast/goods/push', { kind: 'resetAfterHandling' });
			expect((await run('push', { goodsId: byId(3) })).error?.message).toMatch(
				/goods\/push: no clear answer/,
			);
			expect(weChat.server.callsTo('/wxaapi/broadcast/goods/push')).toHaveLength(1);
			expect(weChat.broadcast.goodsPushes).toHaveLength(1);
		});
	});
});
