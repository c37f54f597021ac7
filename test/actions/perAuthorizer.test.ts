import { platformOperationsSuite } from './thirdPartyPlatform/platformOperationsSuite';
import { runAction } from './thirdPartyPlatform/thirdPartyPlatformHarness';

describe('Third-Party Platform operations and trigger', () => {
	const suite = platformOperationsSuite();

	it('applies for live capability per merchant from one credential, and explains 268489001', async () => {
		const env = await suite.setUp();
		try {
			expect(env.errors).toEqual([]);
			const apply = {
				resource: 'live',
				operation: 'apply',
				authentication: 'thirdPartyPlatform',
				authorizerAppId: '={{ $json.merchant }}',
			};
			const items = [
				{ merchant: 'wxshop0000000002' },
				{ merchant: 'wxshop0000000001' },
				{ merchant: 'wxshop0000000002' },
			];
			const result = await runAction(suite.worker, env.dataTables, env.credential, apply, {
				items,
			});
			expect(result.error).toBeUndefined();
			expect(env.live.applications).toEqual([
				'wxshop0000000002',
				'wxshop0000000002',
				'wxshop0000000001',
			]);
			const paired = result.run.data.resultData.runData.WeChat[0].data!.main[0]!.map(
				(item) => (item.pairedItem as { item: number }).item,
			);
			expect(paired).toEqual([0, 2, 1]);
			// Exchanging the codes brought each merchant's first token: no token request yet.
			expect(env.platform.tokenRequests.authorizerToken.size).toBe(0);

			env.live.applyErrcode = 268489001;
			const refused = await runAction(suite.worker, env.dataTables, env.credential, apply, {
				items: [{ merchant: 'wxshop0000000001' }],
			});
			expect(refused.error?.message).toContain('268489001');
			expect(JSON.stringify(refused.error)).toContain('no longer opens live broadcast capability');
			expect(JSON.stringify(refused.error)).toContain('Channels');
		} finally {
			await env.stop();
		}
	});
});
