import { liveGoodsSuite, ADD } from './liveGoodsHarness';
import { byId, png, runBroadcast } from '../broadcastHarness';

describe('Live Goods (library) and Live Room Goods (against a local WeChat)', () => {
	const suite = liveGoodsSuite();

	test('Add uploads the image from binary input and submits the goods; audit withdraw and resubmit follow', async () => {
		const added = await runBroadcast(suite.weChat, suite.addParameters(), [
			{ binary: { data: png(5000) } },
		]);
		expect(added.error).toBeUndefined();
		const [{ goodsId, auditId }] = added.output('WeChat') as Array<{
			goodsId: number;
			auditId: number;
		}>;
		const body = suite.weChat.server.callsTo(ADD)[0].body.goodsInfo as Record<string, unknown>;
		expect(body).toMatchObject({ name: 'TIT茶杯礼盒', priceType: 3, price: 99.5, price2: 59.9 });
		expect(suite.weChat.media.media.has(String(body.coverImgUrl))).toBe(true);
		const withdraw = await runBroadcast(suite.weChat, {
			resource: 'liveGoods',
			operation: 'withdrawAudit',
			goodsId: byId(goodsId),
			auditId,
		});
		expect(withdraw.output('WeChat')).toEqual([{ goodsId, auditId, withdrawn: true }]);
		const again = await runBroadcast(suite.weChat, {
			resource: 'liveGoods',
			operation: 'withdrawAudit',
			goodsId: byId(goodsId),
			auditId,
		});
		expect(again.error?.message).toMatch(/errcode 300009 \(withdrawing the audit failed/);
		const resubmit = await runBroadcast(suite.weChat, {
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
		const result = await runBroadcast(suite.weChat, suite.addParameters(overrides), [
			{ binary: { data: png(100) } },
		]);
		expect(result.error?.message).toMatch(/WeChat goods\/add was not called/);
		expect(result.error?.message).toMatch(message);
		expect(
			suite.weChat.server.calls.filter((call) => call.path !== '/cgi-bin/stable_token'),
		).toEqual([]);
	});

	test('an unclear add or resubmit is reported, never resent (each uses one of 500 audits a day)', async () => {
		suite.weChat.server.injectFault(ADD, { kind: 'resetAfterHandling' });
		const add = await runBroadcast(suite.weChat, suite.addParameters(), [
			{ binary: { data: png(100) } },
		]);
		expect(add.error?.message).toMatch(/goods\/add: no clear answer .* not resent/);
		expect(suite.weChat.server.callsTo(ADD)).toHaveLength(1);
		expect(suite.weChat.broadcast.goods.size).toBe(1);
		const [goods] = suite.weChat.broadcast.goods.values();
		goods.auditStatus = 0;
		suite.weChat.server.injectFault('/wxaapi/broadcast/goods/audit', { kind: 'http', status: 502 });
		const audit = await runBroadcast(suite.weChat, {
			resource: 'liveGoods',
			operation: 'resubmitAudit',
			goodsId: byId(goods.goodsId),
		});
		expect(audit.error?.message).toMatch(/goods\/audit: no clear answer \(HTTP 502\)/);
		expect(suite.weChat.server.callsTo('/wxaapi/broadcast/goods/audit')).toHaveLength(1);
		suite.weChat.broadcast.auditsToday = 500;
		const quota = await runBroadcast(suite.weChat, suite.addParameters(), [
			{ binary: { data: png(100) } },
		]);
		expect(quota.error?.message).toMatch(
			/errcode 300012 \(no audit quota left today \(500 a day\)\)/,
		);
	});
});
