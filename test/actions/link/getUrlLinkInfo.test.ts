import { runLinks, useLinkOperation } from './linkHarness';

describe('Link > Get URL Link Info', () => {
	const info = useLinkOperation('getUrlLinkInfo');

	test("a URL Link's details and today's remaining opens", async () => {
		const made = await runLinks(info.world(), [{}], {
			operation: 'generateUrlLink',
			path: 'pages/campaign/campaign',
			query: 'uid=7',
		});
		const urlLink = String(made.items[0].json.urlLink);
		const result = await info.run([{ urlLink }], { urlLink: '={{ $json.urlLink }}' });
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({
			urlLink,
			path: 'pages/campaign/campaign',
			query: 'uid=7',
			expiresAt: made.items[0].json.expiresAt,
			remainingVisitQuota: 3_000_000,
		});
		expect(info.calls()[0].body).toEqual({ url_link: urlLink });
	});

	test('a scheme is not a URL Link: 85403 with its meaning and the item', async () => {
		const result = await info.run([{}], { urlLink: 'https://wxaurl.cn/unknown' });
		expect(result.error?.message).toContain('85403');
		expect(result.error?.message).toContain('WeChat does not know this link');
		expect((result.error as { context?: { itemIndex?: number } }).context?.itemIndex).toBe(0);
	});
});
