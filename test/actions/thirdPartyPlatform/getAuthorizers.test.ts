import { platformOperationsSuite } from './platformOperationsSuite';
import { FakeWeChatServer } from '../../../testkit/servers/fakeWeChat/server';
import {
	FakeComponentPlatform,
	InMemoryDataTables,
	platformCredential,
	runAction,
} from './thirdPartyPlatformHarness';

describe('Third-Party Platform operations and trigger', () => {
	const suite = platformOperationsSuite();
	/** Runs `check` on a platform with `count` authorizers named `prefix` and ten digits; stops it after. */
	const withAuthorizers = async (
		prefix: string,
		count: number,
		check: (env: Awaited<ReturnType<typeof suite.setUp>>) => Promise<void>,
	) => {
		const env = await suite.setUp([]);
		try {
			for (let i = 0; i < count; i++)
				env.platform.addAuthorizer(`${prefix}${String(i).padStart(10, '0')}`);
			await check(env);
		} finally {
			await env.stop();
		}
	};

	it('lists every authorizer over pages and never outputs a refresh token', async () => {
		await withAuthorizers('wxbulk', 1203, async (env) => {
			const list = await runAction(suite.worker, env.dataTables, env.credential, {
				resource: 'thirdPartyPlatform',
				operation: 'getAuthorizers',
			});
			expect(list.error).toBeUndefined();
			expect(list.output('WeChat')).toHaveLength(1203);
			expect(env.fake.callsTo('/cgi-bin/component/api_get_authorizer_list')).toHaveLength(3);
			const info = await runAction(suite.worker, env.dataTables, env.credential, {
				resource: 'thirdPartyPlatform',
				operation: 'getAuthorizerInfo',
				authorizerAppId: 'wxbulk0000000007',
			});
			expect(info.output('WeChat')[0]).toMatchObject({
				authorizerAppId: 'wxbulk0000000007',
				authorizer_info: { nick_name: 'Shop wxbulk0000000007' },
			});
			expect(JSON.stringify([list.output('WeChat'), info.output('WeChat')])).not.toMatch(
				/refresh/i,
			);
		});
	});

	it('Get Authorizers with a Limit stops paging there and asks the last page for only the rest', async () => {
		await withAuthorizers('wxpage', 620, async (env) => {
			const list = await runAction(suite.worker, env.dataTables, env.credential, {
				resource: 'thirdPartyPlatform',
				operation: 'getAuthorizers',
				returnAll: false,
				limit: 510,
			});
			expect(list.error).toBeUndefined();
			expect(list.output('WeChat')).toHaveLength(510);
			const pages = env.fake.callsTo('/cgi-bin/component/api_get_authorizer_list');
			expect(pages.map((call) => [call.body?.offset, call.body?.count])).toEqual([
				[0, 500],
				[500, 10],
			]);
		});
	});

	it('says what to do when no ticket is stored, when the IP is not allowlisted and when a merchant revoked', async () => {
		const fake = await new FakeWeChatServer().start();
		const platform = new FakeComponentPlatform(fake);
		const noTicket = await runAction(
			suite.worker,
			new InMemoryDataTables(),
			platformCredential(fake, platform),
			{
				resource: 'thirdPartyPlatform',
				operation: 'getAuthorizers',
			},
		);
		expect(noTicket.error?.message).toMatch(/No component_verify_ticket .* ticket workflow/);
		await fake.stop();

		const env = await suite.setUp(['wxshop0000000001']);
		try {
			env.platform.ipAllowlisted = false;
			const refused = await runAction(suite.worker, env.dataTables, env.credential, {
				resource: 'thirdPartyPlatform',
				operation: 'getAuthorizers',
			});
			expect(refused.error?.message).toContain('61004');
			expect(JSON.stringify(refused.error)).toContain('IP allowlist');
			env.platform.ipAllowlisted = true;

			await env.platform.revoke('wxshop0000000001', env.trigger.authorizationUrl);
			await env.trigger.idle();
			expect(env.errors).toEqual([]);
			const afterRevoke = await runAction(suite.worker, env.dataTables, env.credential, {
				resource: 'live',
				operation: 'apply',
				authentication: 'thirdPartyPlatform',
				authorizerAppId: 'wxshop0000000001',
			});
			expect(afterRevoke.error?.message).toMatch(
				/No authorizer_refresh_token is stored for authorizer wxshop0000000001/,
			);
		} finally {
			await env.stop();
		}
	});
});
