import { FakeWeChatServer } from '../../../testkit/servers/fakeWeChat/server';
import {
	addOrder,
	addShippingRoutes,
	SHIPPING_PATHS,
} from '../../../testkit/servers/fakeWeChat/shippingRoutes';
import {
	loadWorker,
	runAction,
	startAuthorizedPlatform,
} from '../thirdPartyPlatform/thirdPartyPlatformHarness';
import { shippedRow, uploadFromItem } from './shippingHarness';

const MERCHANTS = ['wxshop0000000001', 'wxshop0000000002'];

/** A service provider ships orders for its merchants (permission set 142) with one credential. */
describe('Shipping through a third-party platform (Authorizer App ID)', () => {
	const worker = loadWorker();

	test("uploads and account checks go out with each merchant's own token and App ID", async () => {
		const fake = await new FakeWeChatServer().start();
		const shipping = addShippingRoutes(fake);
		for (const id of ['T1', 'T2']) addOrder(shipping, { transactionId: id, openid: 'oBuyerA' });
		const { dataTables, credential, stop } = await startAuthorizedPlatform(worker, MERCHANTS, fake);
		try {
			const platformParameters = {
				resource: 'shipping',
				authentication: 'thirdPartyPlatform',
				authorizerAppId: '={{ $json.merchant }}',
			};
			const upload = await runAction(
				worker,
				dataTables,
				credential,
				{ ...platformParameters, ...uploadFromItem },
				{
					items: [
						{ ...shippedRow('T1', 'oBuyerA'), merchant: MERCHANTS[1] },
						{ ...shippedRow('T2', 'oBuyerA'), merchant: MERCHANTS[0] },
					],
				},
			);
			expect(upload.error).toBeUndefined();
			expect(upload.output('WeChat').map((item) => item.status)).toEqual(['uploaded', 'uploaded']);
			const tokens = fake.callsTo(SHIPPING_PATHS.upload).map((call) => call.query.access_token);
			expect(new Set(tokens).size).toBe(2);
			const managed = await runAction(
				worker,
				dataTables,
				credential,
				{ ...platformParameters, operation: 'isTradeManaged' },
				{ items: MERCHANTS.map((merchant) => ({ merchant })) },
			);
			expect(managed.error).toBeUndefined();
			expect(managed.output('WeChat')).toEqual(
				MERCHANTS.map((appId) => ({ appId, isTradeManaged: true })),
			);
		} finally {
			await stop();
			await fake.stop();
		}
	});
});
