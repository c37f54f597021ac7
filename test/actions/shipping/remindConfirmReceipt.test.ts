import { addOrder, SHIPPING_PATHS } from '../../../testkit/servers/fakeWeChat/shippingRoutes';
import { runShipping, shippedRow, startShippingWorld, uploadFromItem } from './shippingHarness';
import type { ShippingWorld } from './shippingHarness';

describe('Shipping > Remind to Confirm Receipt', () => {
	let world: ShippingWorld;
	beforeEach(async () => {
		world = await startShippingWorld();
		addOrder(world.shipping, { transactionId: 'T1', openid: 'oBuyerA' });
		await runShipping(world, [shippedRow('T1', 'oBuyerA')], uploadFromItem);
	});
	afterEach(async () => await world.server.stop());

	const remind = {
		operation: 'remindConfirmReceipt',
		transactionId: 'T1',
		receivedTime: '={{ $now.plus({ hours: 1 }).toISO() }}',
	};

	test("reminds once; the second time is WeChat's 10060030, explained", async () => {
		const first = await runShipping(world, [{}], remind);
		expect(first.output('WeChat')).toEqual([
			expect.objectContaining({ status: 'reminded', transactionId: 'T1', errcode: 0 }),
		]);
		const second = await runShipping(world, [{}], remind);
		expect(second.error?.message).toContain('10060030');
		expect(second.error?.description).toContain('one per order');
	});

	test('an unclear answer is not resent', async () => {
		world.server.injectFault(SHIPPING_PATHS.notifyConfirmReceive, { kind: 'http', status: 502 });
		const result = await runShipping(world, [{}], remind, { continueOnFail: true });
		expect(result.output('WeChat')).toEqual([
			expect.objectContaining({ status: 'unclear', transactionId: 'T1' }),
		]);
		expect(world.server.callsTo(SHIPPING_PATHS.notifyConfirmReceive)).toHaveLength(1);
	});
});
