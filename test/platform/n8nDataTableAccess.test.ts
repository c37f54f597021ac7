import { FakeWeChatServer } from '../../testkit/servers/fakeWeChat/server';
import {
	FakeComponentPlatform,
	InMemoryDataTables,
	loadWorker,
	platformCredential,
	runAction,
} from './platformHarness';

/**
 * What a real n8n 2.41.1 does with this node's Data Table requests (seen in `npm run e2e:queue`'s
 * platform scenario: every Store Verify Ticket and every merchant call failed with n8n's bare
 * "This proxy is only available for Data table nodes"). The other platform tests run on a
 * provider that serves any node, which n8n does not.
 */
describe('the Third-Party Platform mode in an n8n that serves Data Tables only to its own nodes', () => {
	it('fails with an error that says n8n refused the Data Table and what to use instead', async () => {
		const fake = await new FakeWeChatServer().start();
		try {
			const platform = new FakeComponentPlatform(fake);
			const credential = platformCredential(fake, platform);
			const asN8n = new InMemoryDataTables({ asN8n: true });

			for (const parameters of [
				{ resource: 'thirdPartyPlatform', operation: 'getAuthorizers' },
				{
					resource: 'live',
					operation: 'apply',
					authentication: 'thirdPartyPlatform',
					authorizerAppId: 'wxshop0000000001',
				},
			]) {
				const { error } = await runAction(loadWorker(), asN8n, credential, parameters);

				expect(error?.message).toMatch(/refuses its Data Tables to community nodes/);
				expect(error?.message).toContain('only available for Data table nodes');
				expect(error?.message).toContain('Authorizer Access Token');
				expect(JSON.stringify(error)).not.toContain(platform.componentAppSecret);
			}
			expect(asN8n.tables.size).toBe(0);
			expect(platform.tokenRequests.componentToken).toBe(0);
		} finally {
			await fake.stop();
		}
	});
});
