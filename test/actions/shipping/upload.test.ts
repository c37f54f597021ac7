import { addOrder, SHIPPING_PATHS } from '../../../testkit/servers/fakeWeChat/shippingRoutes';
import { runShipping, shippedRow, startShippingWorld, uploadFromItem } from './shippingHarness';
import type { ShippingWorld } from './shippingHarness';

const UPLOAD = SHIPPING_PATHS.upload;

describe('Shipping > Upload (through the n8n engine, against a local WeChat)', () => {
	let world: ShippingWorld;
	beforeEach(async () => {
		world = await startShippingWorld();
		addOrder(world.shipping, { transactionId: 'T1', openid: 'oBuyerA' });
		addOrder(world.shipping, { transactionId: 'T2', openid: 'oBuyerB' });
	});
	afterEach(async () => await world.server.stop());

	test('builds the body from item fields: order key, one parcel as an array, RFC 3339 time, payer', async () => {
		const result = await runShipping(world, [shippedRow('T1', 'oBuyerA')], uploadFromItem);
		expect(result.error).toBeUndefined();
		const [call] = world.server.callsTo(UPLOAD);
		expect(call.body).toEqual({
			order_key: { order_number_type: 2, transaction_id: 'T1' },
			logistics_type: 1,
			delivery_mode: 1,
			shipping_list: [
				{
					tracking_no: 'YTT1',
					express_company: 'YTO',
					item_desc: 'Ceramic mug*2',
					contact: { receiver_contact: '139****5678' },
				},
			],
			upload_time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
			payer: { openid: 'oBuyerA' },
		});
		expect(result.output('WeChat')).toEqual([
			expect.objectContaining({ status: 'uploaded', transactionId: 'T1', parcels: 1, errcode: 0 }),
		]);
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
		expect(world.shipping.orders[0].state).toBe('shipped');
	});

	test('a merchant order number names the order by mchid and out_trade_no', async () => {
		const result = await runShipping(world, [shippedRow('T1', 'oBuyerA')], {
			...uploadFromItem,
			orderKeyType: 'merchant',
			mchid: '1230000109',
			outTradeNo: 'out-T1',
		});
		expect(result.error).toBeUndefined();
		expect(world.server.callsTo(SHIPPING_PATHS.getOrder)[0].body).toEqual({
			merchant_id: '1230000109',
			merchant_trade_no: 'out-T1',
		});
		expect(world.server.callsTo(UPLOAD)[0].body.order_key).toEqual({
			order_number_type: 1,
			mchid: '1230000109',
			out_trade_no: 'out-T1',
		});
	});

	test('an already shipped order is read first and skipped, reported not failed; its re-shipment is kept', async () => {
		await runShipping(world, [shippedRow('T1', 'oBuyerA')], uploadFromItem);
		const again = await runShipping(
			world,
			[shippedRow('T1', 'oBuyerA', { trackingNo: 'YT999' }), shippedRow('T2', 'oBuyerB')],
			uploadFromItem,
		);
		expect(again.error).toBeUndefined();
		expect(again.output('WeChat')).toEqual([
			expect.objectContaining({
				status: 'skipped',
				reason: 'alreadyShipped',
				transactionId: 'T1',
				orderStateName: 'shipped',
				finishShippingCount: 1,
			}),
			expect.objectContaining({ status: 'uploaded', transactionId: 'T2' }),
		]);
		expect(world.server.callsTo(UPLOAD).map((call) => call.body.order_key)).toEqual([
			{ order_number_type: 2, transaction_id: 'T1' },
			{ order_number_type: 2, transaction_id: 'T2' },
		]);
		expect(world.shipping.orders[0].reshipped).toBeUndefined();
	});

	test("with Skip Already Shipped off, the one re-shipment is spent on purpose; the next is WeChat's 10060003, explained", async () => {
		const reship = {
			...uploadFromItem,
			options: { skipShipped: false },
		};
		await runShipping(world, [shippedRow('T1', 'oBuyerA')], reship);
		const first = await runShipping(
			world,
			[shippedRow('T1', 'oBuyerA', { trackingNo: 'YT2' })],
			reship,
		);
		expect(first.error).toBeUndefined();
		const second = await runShipping(
			world,
			[shippedRow('T1', 'oBuyerA', { trackingNo: 'YT3' })],
			reship,
		);
		expect(second.error?.message).toContain('10060003');
		expect(second.error?.description).toContain('one re-shipment');
		expect(second.error?.description).toContain('transaction T1');
		expect(world.server.callsTo(SHIPPING_PATHS.getOrder)).toHaveLength(0);
	});

	test.each([
		[
			'16 parcels',
			{ deliveryMode: 'split', isAllDelivered: true, parcelsFrom: 'field' },
			{
				parcels: Array.from({ length: 16 }, (_, n) => ({
					tracking_no: `Y${n}`,
					express_company: 'YTO',
					item_desc: 'Mug',
				})),
			},
			'16 parcels: WeChat takes at most 15',
		],
		[
			'two parcels in unified delivery',
			{ parcelsFrom: 'field' },
			{
				parcels: [1, 2].map((n) => ({
					tracking_no: `Y${n}`,
					express_company: 'YTO',
					item_desc: 'Mug',
				})),
			},
			'unified delivery takes exactly one parcel',
		],
		[
			'split same-city delivery',
			{ logisticsType: 2, deliveryMode: 'split' },
			{},
			'split delivery is only allowed for express',
		],
		['SF Express without a contact', {}, { carrier: 'SF', phone: '' }, 'SF Express, which needs'],
		[
			'SF Express with a full phone number',
			{},
			{ carrier: 'SF', phone: '13912345678' },
			'must be masked',
		],
		['express without a tracking number', {}, { trackingNo: '' }, 'no tracking number'],
		[
			'a carrier WeChat does not know',
			{},
			{ carrier: 'NOPE' },
			'"NOPE" is not a WeChat carrier ID',
		],
		[
			'an upload time that is no date',
			{ options: { uploadTime: 'yesterday' } },
			{},
			'is not RFC 3339',
		],
	])(
		'%s is refused before anything is uploaded, naming the order',
		async (_title, parameters, row, problem) => {
			const result = await runShipping(world, [shippedRow('T1', 'oBuyerA', row)], {
				...uploadFromItem,
				...parameters,
			});
			expect(result.error?.message).toContain('Shipping info for transaction T1 was not uploaded');
			expect(result.error?.message).toContain(problem);
			expect(world.server.callsTo(UPLOAD)).toHaveLength(0);
		},
	);

	test('parcels in an input field may be one object: they are sent as an array', async () => {
		const result = await runShipping(
			world,
			[
				{
					transactionId: 'T1',
					openid: 'oBuyerA',
					parcels: {
						trackingNo: 'SF100',
						expressCompany: 'SF',
						itemDesc: 'Lamp',
						receiverContact: '138****0000',
					},
				},
			],
			{ ...uploadFromItem, parcelsFrom: 'field', parcelsField: 'parcels' },
		);
		expect(result.error).toBeUndefined();
		expect(world.server.callsTo(UPLOAD)[0].body.shipping_list).toEqual([
			{
				tracking_no: 'SF100',
				express_company: 'SF',
				item_desc: 'Lamp',
				contact: { receiver_contact: '138****0000' },
			},
		]);
	});

	test('split parcels: each later upload must be later than the one WeChat holds', async () => {
		const split = (at: string, all: boolean) =>
			runShipping(world, [shippedRow('T1', 'oBuyerA')], {
				...uploadFromItem,
				deliveryMode: 'split',
				isAllDelivered: all,
				options: { uploadTime: at },
			});
		expect((await split('2026-12-01T10:00:00.000+08:00', false)).error).toBeUndefined();
		const earlier = await split('2026-12-01T09:00:00.000+08:00', true);
		expect(earlier.error?.message).toContain("is not later than the order's previous upload");
		expect(world.server.callsTo(UPLOAD)).toHaveLength(1);
		expect((await split('2026-12-01T11:00:00.000+08:00', true)).error).toBeUndefined();
		expect(world.shipping.orders[0]).toMatchObject({ state: 'shipped' });
		expect(world.shipping.orders[0].shipping?.shipping_list).toHaveLength(2);
	});

	test('two items for one order in a run: the second must carry a later upload time', async () => {
		const at = '2026-12-01T10:00:00.000+08:00';
		const result = await runShipping(
			world,
			[shippedRow('T1', 'oBuyerA'), shippedRow('T1', 'oBuyerA')],
			{
				...uploadFromItem,
				deliveryMode: 'split',
				isAllDelivered: false,
				options: { uploadTime: at, requestsInFlight: 1 },
			},
			{ continueOnFail: true },
		);
		const [first, second] = result.output('WeChat');
		expect(first.status).toBe('uploaded');
		expect(second).toMatchObject({ status: 'failed', transactionId: 'T1' });
		expect(String(second.error)).toContain('not later than');
		expect(world.server.callsTo(UPLOAD)).toHaveLength(1);
	});

	test('an unclear outcome is reported as unclear with the order key and never resent', async () => {
		world.server.injectFault(UPLOAD, { kind: 'resetAfterHandling' });
		const result = await runShipping(
			world,
			[shippedRow('T1', 'oBuyerA'), shippedRow('T2', 'oBuyerB')],
			{ ...uploadFromItem, options: { requestsInFlight: 1 } },
			{ continueOnFail: true },
		);
		expect(result.error).toBeUndefined();
		const [unclear, done] = result.output('WeChat');
		expect(unclear).toMatchObject({ status: 'unclear', transactionId: 'T1' });
		expect(String(unclear.error)).toContain('for transaction T1');
		expect(String(unclear.description)).toContain('Get Order');
		expect(done).toMatchObject({ status: 'uploaded', transactionId: 'T2' });
		// WeChat did ship T1 (the answer was lost); the node sent it exactly once.
		expect(
			world.server
				.callsTo(UPLOAD)
				.filter(
					(c) =>
						c.body.order_key &&
						(c.body.order_key as { transaction_id: string }).transaction_id === 'T1',
				),
		).toHaveLength(1);
		expect(world.shipping.orders[0].state).toBe('shipped');
	});

	test("WeChat's codes are explained: an order paid by someone else (10060031)", async () => {
		const result = await runShipping(world, [shippedRow('T1', 'oSomeoneElse')], uploadFromItem);
		expect(result.error?.message).toContain('10060031');
		expect(result.error?.description).toContain('the order was not paid by this openid');
		expect(result.error?.description).toContain('Order: transaction T1.');
	});

	test('the carrier list is read once per run, however many express items', async () => {
		for (let i = 3; i <= 12; i++)
			addOrder(world.shipping, { transactionId: `T${i}`, openid: 'oBuyerA' });
		const rows = Array.from({ length: 10 }, (_, i) => shippedRow(`T${i + 3}`, 'oBuyerA'));
		const result = await runShipping(world, rows, uploadFromItem);
		expect(result.error).toBeUndefined();
		expect(world.server.callsTo(SHIPPING_PATHS.deliveryList)).toHaveLength(1);
		expect(world.server.callsTo(SHIPPING_PATHS.deliveryList)[0].body).toEqual({});
	});
});
