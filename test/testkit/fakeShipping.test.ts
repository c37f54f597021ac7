import { FakeWeChatServer } from '../../testkit/servers/fakeWeChat/server';
import type { Json } from '../../testkit/servers/fakeWeChat/server';
import {
	addOrder,
	addShippingRoutes,
	SHIPPING_PATHS as PATHS,
} from '../../testkit/servers/fakeWeChat/shippingRoutes';
import type { FakeShippingState } from '../../testkit/servers/fakeWeChat/shippingRoutes';

/**
 * The local WeChat's order shipping management, over HTTP: the states an order goes through, the
 * one re-shipment, rising upload times, the one receipt reminder, the documented error codes and
 * the events it pushes on its clock.
 */
describe('local WeChat: order shipping management', () => {
	let server: FakeWeChatServer;
	let shipping: FakeShippingState;
	let clock: number;
	let token: string;

	const post = async (path: string, body: unknown, raw?: string): Promise<Json> =>
		(await (
			await fetch(`${server.url}${path}?access_token=${token}`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: raw ?? JSON.stringify(body),
			})
		).json()) as Json;
	const at = (offsetSeconds: number) => new Date(clock + offsetSeconds * 1000).toISOString();
	const upload = (overrides: Json = {}, parcel: Json = {}) =>
		post(PATHS.upload, {
			order_key: { order_number_type: 2, transaction_id: 'T1' },
			logistics_type: 1,
			delivery_mode: 1,
			shipping_list: [
				{ tracking_no: 'YT1', express_company: 'YTO', item_desc: 'Mug*1', ...parcel },
			],
			upload_time: at(0),
			payer: { openid: 'oBuyer0001' },
			...overrides,
		});

	beforeEach(async () => {
		clock = Date.parse('2026-12-01T08:00:00Z');
		server = await new FakeWeChatServer().start();
		shipping = addShippingRoutes(server, { now: () => clock });
		addOrder(shipping, { transactionId: 'T1' }, () => clock);
		const answer = (await (
			await fetch(`${server.url}/cgi-bin/stable_token`, {
				method: 'POST',
				body: JSON.stringify({
					grant_type: 'client_credential',
					appid: server.appId,
					secret: server.appSecret,
				}),
			})
		).json()) as Json;
		token = String(answer.access_token);
	});
	afterEach(async () => await server.stop());

	test('shipping_list sent as an object answers 47001, as WeChat does', async () => {
		const answer = await upload({
			shipping_list: { tracking_no: 'YT1', express_company: 'YTO', item_desc: 'Mug*1' },
		});
		expect(answer.errcode).toBe(47001);
		expect(shipping.orders[0].state).toBe('paid');
	});

	test('a paid order ships once, may be re-shipped once, then answers 10060003', async () => {
		expect(await upload()).toEqual({ errcode: 0, errmsg: 'ok' });
		expect(shipping.orders[0].state).toBe('shipped');
		expect((await upload({ upload_time: at(60) }, { tracking_no: 'YT2' })).errcode).toBe(0);
		const third = await upload({ upload_time: at(120) }, { tracking_no: 'YT3' });
		expect(third.errcode).toBe(10060003);
		const order = (await post(PATHS.getOrder, { transaction_id: 'T1' })).order as Json;
		expect(order.order_state).toBe(2);
		expect(order.shipping).toMatchObject({ finish_shipping_count: 2, finish_shipping: true });
	});

	test('each upload of an order must be later than the one before', async () => {
		expect(
			(await upload({ delivery_mode: 2, is_all_delivered: false, upload_time: at(10) })).errcode,
		).toBe(0);
		const same = await upload({ delivery_mode: 2, is_all_delivered: true, upload_time: at(10) });
		expect(same).toMatchObject({ errcode: 10060014 });
		expect(String(same.errmsg)).toContain('upload_time');
		expect(
			(await upload({ delivery_mode: 2, is_all_delivered: true, upload_time: at(11) })).errcode,
		).toBe(0);
		expect(shipping.orders[0].shipping?.shipping_list).toHaveLength(2);
	});

	test.each([
		['unknown order', { order_key: { order_number_type: 2, transaction_id: 'T9' } }, {}, 10060001],
		['no transaction id', { order_key: { order_number_type: 2 } }, {}, 268485195],
		['no mchid', { order_key: { order_number_type: 1, out_trade_no: 'x' } }, {}, 268485196],
		['bad logistics type', { logistics_type: 7 }, {}, 10060005],
		['bad delivery mode', { delivery_mode: 3 }, {}, 268485224],
		[
			'split by a courier of the city',
			{ logistics_type: 2, delivery_mode: 2, is_all_delivered: true },
			{},
			10060006,
		],
		['split without is_all_delivered', { delivery_mode: 2 }, {}, 10060007],
		[
			'unified with two parcels',
			{
				shipping_list: [1, 2].map((n) => ({
					tracking_no: `Y${n}`,
					express_company: 'YTO',
					item_desc: 'x',
				})),
			},
			{},
			268485228,
		],
		[
			'16 parcels',
			{
				delivery_mode: 2,
				is_all_delivered: true,
				shipping_list: Array.from({ length: 16 }, (_, n) => ({
					tracking_no: `Y${n}`,
					express_company: 'YTO',
					item_desc: 'x',
				})),
			},
			{},
			10060024,
		],
		['no item description', {}, { item_desc: '' }, 10060008],
		['item description over 120 characters', {}, { item_desc: '杯'.repeat(121) }, 10060009],
		['express without tracking number', {}, { tracking_no: '' }, 268485226],
		['express without carrier', {}, { express_company: '' }, 268485227],
		['SF Express without contact', {}, { express_company: 'SF' }, 10060014],
		[
			'SF Express with a bare phone number',
			{},
			{ express_company: 'SF', contact: { receiver_contact: '13912345678' } },
			10060014,
		],
		['upload time not RFC 3339', { upload_time: '2026-12-01 08:00:00' }, {}, 268485216],
		['another buyer', { payer: { openid: 'oSomeoneElse' } }, {}, 10060031],
	])('%s answers its documented code', async (_title, overrides, parcel, errcode) => {
		expect((await upload(overrides as Json, parcel as Json)).errcode).toBe(errcode);
		expect(shipping.uploads).toHaveLength(0);
	});

	test('the enum names of delivery_mode are accepted; a masked SF contact is', async () => {
		const answer = await upload(
			{ delivery_mode: 'UNIFIED_DELIVERY' },
			{ express_company: 'SF', contact: { receiver_contact: '139****5678' } },
		);
		expect(answer.errcode).toBe(0);
	});

	test('an unpaid order cannot ship; a settled one answers 10060002', async () => {
		addOrder(shipping, { transactionId: 'T2', state: 'unpaid' }, () => clock);
		const unpaid = await upload({ order_key: { order_number_type: 2, transaction_id: 'T2' } });
		expect(unpaid.errcode).toBe(10060004);
		await upload();
		shipping.confirmReceipt('T1');
		expect(shipping.orders[0].state).toBe('settled');
		expect((await upload({ upload_time: at(5) })).errcode).toBe(10060002);
	});

	test('the receipt reminder goes once, only for a shipped express order, after shipping', async () => {
		const remind = (received: number) =>
			post(PATHS.notifyConfirmReceive, { transaction_id: 'T1', received_time: received });
		const now = Math.floor(clock / 1000);
		expect((await remind(now)).errcode).toBe(10060028);
		await upload();
		expect((await remind(now - 3600)).errcode).toBe(10060029);
		expect((await remind(now + 60)).errcode).toBe(0);
		expect((await remind(now + 60)).errcode).toBe(10060030);
	});

	test('get_order_list pages with last_index and filters by state and pay time', async () => {
		for (let i = 2; i <= 5; i++)
			addOrder(
				shipping,
				{ transactionId: `T${i}`, payTime: Math.floor(clock / 1000) + i },
				() => clock,
			);
		await upload();
		const first = await post(PATHS.getOrderList, { order_state: 1, page_size: 2 });
		expect((first.order_list as Json[]).map((o) => o.transaction_id)).toEqual(['T2', 'T3']);
		expect(first.has_more).toBe(true);
		const second = await post(PATHS.getOrderList, {
			order_state: 1,
			page_size: 2,
			last_index: first.last_index,
		});
		expect((second.order_list as Json[]).map((o) => o.transaction_id)).toEqual(['T4', 'T5']);
		expect(second.has_more).toBe(false);
		expect((await post(PATHS.getOrderList, { last_index: 'nonsense' })).errcode).toBe(10060011);
		const ranged = await post(PATHS.getOrderList, {
			pay_time_range: { begin_time: Math.floor(clock / 1000) + 4 },
		});
		expect((ranged.order_list as Json[]).map((o) => o.transaction_id)).toEqual(['T4', 'T5']);
	});

	test('get_delivery_list wants a {} body', async () => {
		expect((await post(PATHS.deliveryList, undefined, '')).errcode).toBe(44002);
		const list = await post(PATHS.deliveryList, {});
		expect(list.delivery_list).toContainEqual({ delivery_id: 'SF', delivery_name: '顺丰速运' });
	});

	test('events: first trade, shipped, 48-hour reminder, automatic receipt and settlement on the clock', async () => {
		const events = () => shipping.pushed.map((event) => event.Event);
		addOrder(shipping, { transactionId: 'T2', state: 'unpaid' }, () => clock);
		shipping.orders.splice(0, 1); // only the unpaid order
		shipping.pay('T2');
		expect(events()).toEqual(['trade_manage_remind_access_api']);
		clock += 47 * 3600_000;
		shipping.tick();
		expect(events()).toHaveLength(1);
		clock += 3600_000;
		shipping.tick();
		shipping.tick();
		expect(events()).toEqual(['trade_manage_remind_access_api', 'trade_manage_remind_shipping']);
		await upload({ order_key: { order_number_type: 2, transaction_id: 'T2' }, upload_time: at(0) });
		const shipped = shipping.pushed[2];
		expect(shipped).toMatchObject({
			Event: 'trade_manage_order_settlement',
			transaction_id: 'T2',
			shipped_time: Math.floor(clock / 1000),
			estimated_settlement_time: Math.floor(clock / 1000) + 10 * 86400,
		});
		clock += 10 * 86400_000;
		shipping.tick();
		expect(shipping.pushed[3]).toMatchObject({
			Event: 'trade_manage_order_settlement',
			confirm_receive_method: 1,
			settlement_time: Math.floor(clock / 1000),
		});
		expect(shipping.orders[0].state).toBe('settled');
	});

	test('a special order report checks the pre-sale date window', async () => {
		const payTime = shipping.orders[0].payTime;
		const report = (body: Json) => post(PATHS.opSpecialOrder, { order_id: 'T1', ...body });
		expect((await report({ type: 3 })).errcode).toBe(268546000);
		expect((await report({ type: 1, delay_to: payTime + 86400 })).errcode).toBe(268546001);
		expect((await report({ type: 1, delay_to: payTime + 20 * 86400 })).errcode).toBe(0);
		expect((await post(PATHS.opSpecialOrder, { order_id: 'nope', type: 2 })).errcode).toBe(
			268546002,
		);
	});

	test('a trade type change is accepted once', async () => {
		const body = {
			trade_type: 2,
			material_list: [{ type: 1, media_id: 'm1' }],
			reason: 'We sell goods',
		};
		expect((await post(PATHS.setTradeType, body)).errcode).toBe(0);
		expect((await post(PATHS.setTradeType, body)).errcode).toBe(268486048);
	});
});
