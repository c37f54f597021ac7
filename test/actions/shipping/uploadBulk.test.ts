import {
	makeOrders,
	SHIPPING_PATHS,
	transactionIdOf,
} from '../../../testkit/servers/fakeWeChat/shippingRoutes';
import { runShipping, shippedRow, startShippingWorld, uploadFromItem } from './shippingHarness';
import type { ShippingWorld } from './shippingHarness';

const UPLOAD = SHIPPING_PATHS.upload;

/** Many orders from one input: bounded concurrency, one result per item in order, bad orders isolated. */
describe('Shipping > Upload in bulk', () => {
	let world: ShippingWorld;
	beforeEach(async () => {
		world = await startShippingWorld();
		makeOrders(world.shipping, 60, () => world.clock.now);
	});
	afterEach(async () => await world.server.stop());

	const rows = (count: number) =>
		world.shipping.orders
			.slice(0, count)
			.map((order) => shippedRow(order.transactionId, order.openid));

	test.each([1, 4, 10])(
		'Requests in Flight %i: WeChat never holds more uploads at once',
		async (inFlight) => {
			world.shipping.uploadHoldMs = 20;
			const result = await runShipping(world, rows(40), {
				...uploadFromItem,
				options: { requestsInFlight: inFlight },
			});
			expect(result.error).toBeUndefined();
			expect(world.shipping.maxUploadsInFlight).toBe(inFlight);
			expect(world.shipping.uploads).toHaveLength(40);
			expect(result.output('WeChat').map((item) => item.transactionId)).toEqual(
				Array.from({ length: 40 }, (_, i) => transactionIdOf(i)),
			);
			expect(result.items.map((item) => item.pairedItem)).toEqual(
				Array.from({ length: 40 }, (_, item) => ({ item })),
			);
		},
	);

	test('Continue On Fail isolates bad orders: each item its own result, in order', async () => {
		const input = rows(30);
		input[3] = { ...input[3], openid: 'oSomeoneElse' }; // WeChat refuses: 10060031
		input[17] = { ...input[17], carrier: 'SF', phone: '13912345678' }; // refused before sending
		input[25] = { ...input[25], transactionId: '4209999999999999999' }; // no such order: 10060001
		const result = await runShipping(
			world,
			input,
			{ ...uploadFromItem, options: { requestsInFlight: 8 } },
			{ continueOnFail: true },
		);
		expect(result.error).toBeUndefined();
		const out = result.output('WeChat');
		expect(out).toHaveLength(30);
		const failed = out.flatMap((item, index) => (item.status === 'failed' ? [index] : []));
		expect(failed).toEqual([3, 17, 25]);
		expect(String(out[3].error)).toContain('10060031');
		expect(String(out[17].error)).toContain('must be masked');
		expect(String(out[25].error)).toContain('10060001');
		expect(out.filter((item) => item.status === 'uploaded')).toHaveLength(27);
		expect(world.shipping.uploads).toHaveLength(27);
		expect(world.server.callsTo(UPLOAD)).toHaveLength(28); // item 17 never left
	});

	test('without Continue On Fail the first bad order stops new uploads and the error accounts for every item', async () => {
		const input = rows(40);
		input[5] = { ...input[5], openid: 'oSomeoneElse' };
		world.shipping.uploadHoldMs = 10;
		const result = await runShipping(world, input, {
			...uploadFromItem,
			options: { requestsInFlight: 4 },
		});
		expect(result.error?.message).toContain('10060031');
		expect(result.error?.description).toContain('5 earlier order(s) were uploaded');
		const uploaded = world.shipping.uploads.length;
		expect(uploaded).toBeLessThan(40);
		expect(result.error?.description).toMatch(/the \d+ later item\(s\) were not tried/);
	});
});
