import { SHIPPING_PATHS } from '../../../testkit/servers/fakeWeChat/shippingRoutes';
import { runShipping, startShippingWorld } from './shippingHarness';
import type { ShippingWorld } from './shippingHarness';

/** Is Trade Managed, Is Settlement Confirmed and Set Message Jump Path. */
describe('Shipping > account checks and settings', () => {
	let world: ShippingWorld;
	beforeEach(async () => (world = await startShippingWorld()));
	afterEach(async () => await world.server.stop());

	test("Is Trade Managed and Is Settlement Confirmed ask about the credential's own App ID", async () => {
		world.shipping.confirmationCompleted = false;
		const managed = await runShipping(world, [{}], { operation: 'isTradeManaged' });
		const confirmed = await runShipping(world, [{}], { operation: 'isSettlementConfirmed' });
		expect(managed.output('WeChat')).toEqual([{ appId: world.server.appId, isTradeManaged: true }]);
		expect(confirmed.output('WeChat')).toEqual([{ appId: world.server.appId, completed: false }]);
		expect(world.server.callsTo(SHIPPING_PATHS.isTradeManaged)[0].body).toEqual({
			appid: world.server.appId,
		});
	});

	test('Set Message Jump Path sets the page', async () => {
		const result = await runShipping(world, [{}], {
			operation: 'setMessageJumpPath',
			path: 'pages/order/detail',
		});
		expect(result.output('WeChat')).toEqual([
			{ path: 'pages/order/detail', errcode: 0, errmsg: 'ok' },
		]);
		expect(world.shipping.jumpPath).toBe('pages/order/detail');
	});
});
