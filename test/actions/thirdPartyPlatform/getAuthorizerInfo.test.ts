import { platformOperationsSuite } from './platformOperationsSuite';
import { runAction } from './thirdPartyPlatformHarness';

describe('Third-Party Platform operations and trigger', () => {
	const suite = platformOperationsSuite();

	it('Get Authorizer Info and Get Authorizers output no token in any field, at any depth', async () => {
		const merchants = ['wxshop0000000001', 'wxshop0000000002'];
		const env = await suite.setUp(merchants);
		try {
			// Renewing a token makes the fake hand out more: every one of them must stay inside.
			env.platform.retireAuthorizerTokens(merchants[0]);
			const call = await runAction(suite.worker, env.dataTables, env.credential, {
				resource: 'live',
				operation: 'apply',
				authentication: 'thirdPartyPlatform',
				authorizerAppId: merchants[0],
			});
			expect(call.error).toBeUndefined();
			const list = await runAction(suite.worker, env.dataTables, env.credential, {
				resource: 'thirdPartyPlatform',
				operation: 'getAuthorizers',
			});
			const info = await runAction(
				suite.worker,
				env.dataTables,
				env.credential,
				{
					resource: 'thirdPartyPlatform',
					operation: 'getAuthorizerInfo',
					authorizerAppId: '={{ $json.merchant }}',
				},
				{ items: merchants.map((merchant) => ({ merchant })) },
			);
			expect(list.error).toBeUndefined();
			expect(info.error).toBeUndefined();
			const outputs = [...list.output('WeChat'), ...info.output('WeChat')];
			expect(outputs).toHaveLength(4);

			const secrets = new Set<string>();
			for (const authorizer of env.platform.authorizers.values()) {
				secrets.add(authorizer.refreshToken);
				for (const token of authorizer.tokens.keys()) secrets.add(token);
			}
			expect(secrets.size).toBe(4);
			const leaks: string[] = [];
			const walk = (value: unknown, path: string) => {
				if (typeof value === 'string') {
					if (secrets.has(value) || /refreshtoken@@@|authorizertoken-|componenttoken-/.test(value))
						leaks.push(`${path} holds a token`);
				} else if (Array.isArray(value)) {
					value.forEach((entry, index) => walk(entry, `${path}[${index}]`));
				} else if (typeof value === 'object' && value !== null) {
					for (const [key, inner] of Object.entries(value)) {
						if (/token/i.test(key)) leaks.push(`${path}.${key} is a token field`);
						walk(inner, `${path}.${key}`);
					}
				}
			};
			outputs.forEach((json, index) => walk(json, `item ${index}`));
			expect(leaks).toEqual([]);
			// What the items are for is still there.
			expect(info.output('WeChat')[1]).toMatchObject({
				authorizerAppId: merchants[1],
				authorization_info: { authorizer_appid: merchants[1] },
			});
		} finally {
			await env.stop();
		}
	});
});
