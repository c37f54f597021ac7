import { DAY_MS, itemOf, useLinkOperation } from './linkHarness';

describe('Link > Generate URL Scheme', () => {
	const scheme = useLinkOperation('generateUrlScheme', {
		path: '/pages/campaign/campaign',
		query: '?from=sms',
	});

	test('a weixin:// scheme for the page and query (leading / and ? dropped), in the chosen version', async () => {
		const result = await scheme.run([{}], { envVersion: 'trial', expireDays: 30 });
		expect(result.error).toBeUndefined();
		const now = scheme.world().server.clock.now();
		expect(result.items[0].json).toEqual({
			scheme: expect.stringMatching(/^weixin:\/\/dl\/business\/\?t=\w+$/),
			path: 'pages/campaign/campaign',
			query: 'from=sms',
			expiresAt: new Date(Math.floor(now / 1000) * 1000 + 30 * DAY_MS).toISOString(),
		});
		expect(scheme.calls()[0].body).toEqual({
			jump_wxa: { path: 'pages/campaign/campaign', query: 'from=sms', env_version: 'trial' },
			expire_type: 1,
			expire_interval: 30,
		});
	});

	test.each([
		['Expire After Days of 31', { expireDays: 31 }, 'from 1 to 30'],
		['Expire After Days of 0', { expireDays: 0 }, 'from 1 to 30'],
		[
			'a path carrying its query',
			{ path: 'pages/campaign/campaign?from=sms', query: '' },
			'put it in Query',
		],
		['a query of 1025 characters', { query: 'q'.repeat(1025) }, 'at most 1024'],
	])('%s is refused before sending', async (_, parameters, says) => {
		const result = await scheme.run([{}], { ...parameters });
		expect(result.error?.message).toContain(says);
		expect(scheme.calls()).toHaveLength(0);
	});

	test('a page the released Mini Program lacks: 40165 explained, with the item', async () => {
		const result = await scheme.run(
			[{ page: 'pages/campaign/campaign' }, { page: 'pages/gone/gone' }],
			{ path: '={{ $json.page }}', options: { requestsInFlight: 1 } },
		);
		expect(result.error?.message).toContain('40165');
		expect(result.error?.message).toContain('does not exist in the released Mini Program');
		expect(itemOf(result.error)).toBe(1);
	});

	test('URL Schemes spend the same daily quota as URL Links: 44993 once it is spent', async () => {
		scheme
			.world()
			.links.madeToday.set(
				Math.floor((Math.floor(scheme.world().server.clock.now() / 1000) + 8 * 3600) / 86_400),
				scheme.world().links.dailyLinkLimit,
			);
		const result = await scheme.run();
		expect(result.error?.message).toContain('44993');
		expect(result.error?.message).toContain('URL Scheme, URL Link and NFC scheme together');
	});
});
