import { runLinks, useLinkOperation } from './linkHarness';

describe('Link > Get Scheme Info', () => {
	const info = useLinkOperation('getSchemeInfo', { scheme: '={{ $json.scheme }}' });

	test("a scheme's page, query, times as ISO dates and today's remaining opens", async () => {
		const made = await runLinks(info.world(), [{}], {
			operation: 'generateUrlScheme',
			path: 'pages/campaign/campaign',
			query: 'from=mail',
			expireDays: 2,
		});
		const scheme = String(made.items[0].json.scheme);
		info.world().links.remainingVisits = 2_999_000;
		const result = await info.run([{ scheme }]);
		expect(result.error).toBeUndefined();
		const created = Math.floor(info.world().server.clock.now() / 1000) * 1000;
		expect(result.items[0].json).toEqual({
			scheme,
			appId: info.world().server.appId,
			path: 'pages/campaign/campaign',
			query: 'from=mail',
			envVersion: 'release',
			createdAt: new Date(created).toISOString(),
			expiresAt: new Date(created + 2 * 86_400_000).toISOString(),
			remainingVisitQuota: 2_999_000,
		});
		expect(info.calls()[0].body).toEqual({ scheme });
	});

	test('85403 for a scheme WeChat does not know, 85406 for another Mini Program’s, per item; empty refused', async () => {
		info.world().links.links.set('weixin://dl/business/?t=other', {
			kind: 'scheme',
			appId: 'wxsomeoneelse',
			path: '',
			query: '',
			envVersion: 'release',
			createTime: 0,
			expireTime: 0,
		});
		const result = await info.run(
			[
				{ scheme: 'weixin://dl/business/?t=nope' },
				{ scheme: 'weixin://dl/business/?t=other' },
				{ scheme: '' },
			],
			{},
			{ continueOnFail: true },
		);
		expect(result.error).toBeUndefined();
		expect(String(result.items[0].json.error)).toContain('85403');
		expect(String(result.items[0].json.error)).toContain('copied whole');
		expect(String(result.items[1].json.error)).toContain('85406');
		expect(String(result.items[1].json.error)).toContain('another Mini Program');
		expect(String(result.items[2].json.error)).toContain('Scheme is empty');
		expect(info.calls()).toHaveLength(2);
	});
});
