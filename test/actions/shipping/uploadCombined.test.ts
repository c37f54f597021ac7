import { addOrder, SHIPPING_PATHS } from '../../../testkit/servers/fakeWeChat/shippingRoutes';
import { runShipping, startShippingWorld } from './shippingHarness';
import type { ShippingWorld } from './shippingHarness';

describe('Shipping > Upload Combined', () => {
	let world: ShippingWorld;
	beforeEach(async () => {
		world = await startShippingWorld();
		for (const id of ['C0', 'C1', 'C2']) addOrder(world.shipping, { transactionId: id });
	});
	afterEach(async () => await world.server.stop());

	const combined = {
		operation: 'uploadCombined',
		transactionId: 'C0',
		payerOpenid: 'oBuyer0001',
		subOrdersField: 'subOrders',
	};

	test('sends each sub-order with its own delivery, parcels always a list', async () => {
		const item = {
			subOrders: [
				{
					transaction_id: 'C1',
					logistics_type: 1,
					delivery_mode: 'split',
					is_all_delivered: true,
					parcels: [
						{ tracking_no: 'Y1', express_company: 'YTO', item_desc: 'Mug' },
						{ tracking_no: 'Y2', express_company: 'ZTO', item_desc: 'Lid' },
					],
				},
				{ transaction_id: 'C2', logisticsType: 3, parcels: { itemDesc: 'Gift card' } },
			],
		};
		const result = await runShipping(world, [item], combined);
		expect(result.error).toBeUndefined();
		expect(world.server.callsTo(SHIPPING_PATHS.uploadCombined)[0].body).toMatchObject({
			order_key: { order_number_type: 2, transaction_id: 'C0' },
			sub_orders: [
				{
					order_key: { order_number_type: 2, transaction_id: 'C1' },
					delivery_mode: 2,
					is_all_delivered: true,
					shipping_list: [{ tracking_no: 'Y1' }, { tracking_no: 'Y2' }],
				},
				{
					order_key: { order_number_type: 2, transaction_id: 'C2' },
					logistics_type: 3,
					delivery_mode: 1,
					shipping_list: [{ item_desc: 'Gift card' }],
				},
			],
			payer: { openid: 'oBuyer0001' },
		});
		expect(world.shipping.orders.slice(1).map((o) => o.state)).toEqual(['shipped', 'shipped']);
		expect(result.output('WeChat')[0]).toMatchObject({
			status: 'uploaded',
			transactionId: 'C0',
			subOrders: [{ transactionId: 'C1' }, { transactionId: 'C2' }],
		});
	});

	test('a sub-order that breaks a rule stops the whole upload before sending, naming it', async () => {
		const item = {
			subOrders: [
				{
					transaction_id: 'C1',
					logistics_type: 2,
					delivery_mode: 'split',
					is_all_delivered: true,
					parcels: [{ item_desc: 'Cake' }],
				},
			],
		};
		const result = await runShipping(world, [item], combined);
		expect(result.error?.message).toContain(
			'transaction C1: split delivery is only allowed for express',
		);
		expect(world.server.callsTo(SHIPPING_PATHS.uploadCombined)).toHaveLength(0);
	});
});
