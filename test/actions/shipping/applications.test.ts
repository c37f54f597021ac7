import { addOrder, SHIPPING_PATHS } from '../../../testkit/servers/fakeWeChat/shippingRoutes';
import { runShipping, startShippingWorld } from './shippingHarness';
import type { ShippingWorld } from './shippingHarness';

/** Report Special Order, Apply for Brand, Get Brand Status, Change Trade Type. */
describe('Shipping > special orders and applications', () => {
	let world: ShippingWorld;
	beforeEach(async () => {
		world = await startShippingWorld();
		addOrder(world.shipping, { transactionId: 'T1' });
	});
	afterEach(async () => await world.server.stop());

	test('Report Special Order: a pre-sale order with its shipping date, a test order without', async () => {
		const preSale = await runShipping(world, [{}], {
			operation: 'reportSpecialOrder',
			orderId: 'T1',
			type: 1,
			delayTo: '={{ $now.plus({ days: 20 }).toISO() }}',
		});
		expect(preSale.output('WeChat')).toEqual([
			expect.objectContaining({ orderId: 'T1', reportedAs: 'preSale', errcode: 0 }),
		]);
		const tooSoon = await runShipping(world, [{}], {
			operation: 'reportSpecialOrder',
			orderId: 'T1',
			type: 1,
			delayTo: '={{ $now.plus({ days: 3 }).toISO() }}',
		});
		expect(tooSoon.error?.message).toContain('268546001');
		expect(tooSoon.error?.description).toContain('15 to 330 days after payment');
		const test = await runShipping(world, [{}], {
			operation: 'reportSpecialOrder',
			orderId: 'T1',
			type: 2,
		});
		expect(test.error).toBeUndefined();
		expect(world.server.callsTo(SHIPPING_PATHS.opSpecialOrder)[2].body).toEqual({
			order_id: 'T1',
			type: 2,
		});
	});

	/** Apply for Brand for a flagship store (brand type 4), its platform and proof left to each test. */
	const flagshipBrand = {
		operation: 'applyForBrand',
		applyFor: 1,
		brandName: 'Bubble Dog',
		brandType: 4,
	};

	test("Apply for Brand sends WeChat's Application shape; Get Brand Status reads it back", async () => {
		const apply = await runShipping(world, [{}], {
			...flagshipBrand,
			flagshipPlatform: 'Tmall',
			ecPlatformProof: 'media-1, media-2',
		});
		expect(apply.error).toBeUndefined();
		expect(world.server.callsTo(SHIPPING_PATHS.brandApply)[0].body).toEqual({
			Application: {
				apply_for: 1,
				audit_info: {
					brand_name: 'Bubble Dog',
					brand_type: 4,
					flagship_in_which_ec_platform: 'Tmall',
					ec_platform_proof_list: ['media-1', 'media-2'],
				},
			},
		});
		world.shipping.brandApplication = { apply_for: 1, status: 2, audit_reason: 'proof unreadable' };
		const status = await runShipping(world, [{}], { operation: 'getBrandStatus' });
		expect(status.output('WeChat')).toEqual([
			{ status: 2, statusName: 'rejected', applyFor: 1, auditReason: 'proof unreadable' },
		]);
	});

	test('Apply for Brand checks the proof a flagship store needs before sending', async () => {
		const result = await runShipping(world, [{}], flagshipBrand);
		expect(result.error?.message).toContain('a flagship store needs its platform');
		expect(world.server.callsTo(SHIPPING_PATHS.brandApply)).toHaveLength(0);
	});

	test('Change Trade Type: materials checked before sending, once per account', async () => {
		const change = (videos: string) =>
			runShipping(world, [{}], {
				operation: 'changeTradeType',
				tradeType: 2,
				imageMediaIds: 'img-1',
				videoMediaIds: videos,
				reason: 'We sell physical goods',
			});
		expect((await change('v1,v2,v3,v4')).error?.message).toContain('4 videos (at most 3)');
		expect(world.server.callsTo(SHIPPING_PATHS.setTradeType)).toHaveLength(0);
		expect((await change('v1')).error).toBeUndefined();
		expect(world.server.callsTo(SHIPPING_PATHS.setTradeType)[0].body).toEqual({
			trade_type: 2,
			material_list: [
				{ type: 1, media_id: 'img-1' },
				{ type: 2, media_id: 'v1' },
			],
			reason: 'We sell physical goods',
		});
		const again = await change('v1');
		expect(again.error?.message).toContain('268486048');
		expect(again.error?.description).toContain('one application per account');
	});
});
