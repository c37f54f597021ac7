import { addOrder } from '../../../testkit/servers/fakeWeChat/shippingRoutes';
import { runShipping, startShippingWorld } from './shippingHarness';
import type { ShippingWorld } from './shippingHarness';

describe('Shipping > Get Order', () => {
	let world: ShippingWorld;
	beforeEach(async () => {
		world = await startShippingWorld();
		addOrder(world.shipping, { transactionId: '4200001858202306300646157659', outTradeNo: 'SO1' });
	});
	afterEach(async () => await world.server.stop());

	test('reads an order by transaction ID or merchant order number, with its state named', async () => {
		const byTransaction = await runShipping(world, [{}], {
			operation: 'getOrder',
			transactionId: '4200001858202306300646157659',
		});
		const byMerchant = await runShipping(world, [{}], {
			operation: 'getOrder',
			orderKeyType: 'merchant',
			mchid: '1230000109',
			outTradeNo: 'SO1',
		});
		for (const result of [byTransaction, byMerchant])
			expect(result.output('WeChat')).toEqual([
				expect.objectContaining({
					transaction_id: '4200001858202306300646157659',
					merchant_trade_no: 'SO1',
					order_state: 1,
					orderStateName: 'toShip',
				}),
			]);
	});

	test('an unknown order explains 10060001', async () => {
		const result = await runShipping(world, [{}], { operation: 'getOrder', transactionId: 'nope' });
		expect(result.error?.message).toContain('10060001');
		expect(result.error?.description).toContain('WeChat Pay has no such paid order');
	});
});
