import { makeOrders, SHIPPING_PATHS } from '../../../testkit/servers/fakeWeChat/shippingRoutes';
import { runShipping, startShippingWorld } from './shippingHarness';
import type { ShippingWorld } from './shippingHarness';

describe('Shipping > Get Many Orders', () => {
	let world: ShippingWorld;
	beforeEach(async () => {
		world = await startShippingWorld();
		makeOrders(world.shipping, 250, () => world.clock.now);
	});
	afterEach(async () => await world.server.stop());

	test('Return All follows last_index over every page of 100', async () => {
		const result = await runShipping(world, [{}], { operation: 'getManyOrders', returnAll: true });
		expect(result.error).toBeUndefined();
		const orders = result.output('WeChat');
		expect(orders).toHaveLength(250);
		expect(new Set(orders.map((order) => order.transaction_id)).size).toBe(250);
		expect(orders[0]).toMatchObject({ order_state: 1, orderStateName: 'toShip' });
		const calls = world.server.callsTo(SHIPPING_PATHS.getOrderList);
		expect(calls.map((call) => call.body.page_size)).toEqual([100, 100, 100]);
		expect(calls[0].body.last_index).toBeUndefined();
		expect(calls[1].body.last_index).toBe((calls[0].answer as { last_index: string }).last_index);
	});

	test('Limit asks only for what is wanted', async () => {
		const result = await runShipping(world, [{}], {
			operation: 'getManyOrders',
			returnAll: false,
			limit: 30,
		});
		expect(result.output('WeChat')).toHaveLength(30);
		expect(world.server.callsTo(SHIPPING_PATHS.getOrderList).map((c) => c.body.page_size)).toEqual([
			30,
		]);
	});

	test('filters: unshipped orders paid more than N days ago, by payer', async () => {
		const orders = world.shipping.orders;
		const cutoff = orders[100].payTime;
		const result = await runShipping(world, [{}], {
			operation: 'getManyOrders',
			returnAll: true,
			filters: {
				orderState: 1,
				paidBefore: new Date(cutoff * 1000).toISOString(),
				openid: 'oBuyer0007',
			},
		});
		expect(result.error).toBeUndefined();
		expect(world.server.callsTo(SHIPPING_PATHS.getOrderList)[0].body).toMatchObject({
			order_state: 1,
			openid: 'oBuyer0007',
			pay_time_range: { end_time: cutoff },
		});
		expect(result.output('WeChat').map((order) => order.transaction_id)).toEqual(
			orders.filter((o, i) => i <= 100 && o.openid === 'oBuyer0007').map((o) => o.transactionId),
		);
	});
});
