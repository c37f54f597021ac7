import { LINK_PATHS, runLinks, useLinkWorld } from './linkHarness';

const PATH = LINK_PATHS.getUrlLinkInfo;

describe('Link > Get URL Link Info', () => {
	const world = useLinkWorld();

	test("a URL Link's details and today's remaining opens", async () => {
		const made = await runLinks(world(), [{}], {
			operation: 'generateUrlLink',
			path: 'pages/campaign/campaign',
			query: 'uid=7',
		});
		const urlLink = String(made.items[0].json.urlLink);
		const result = await runLinks(world(), [{ urlLink }], {
			operation: 'getUrlLinkInfo',
			urlLink: '={{ $json.urlLink }}',
		});
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({
			urlLink,
			path: 'pages/campaign/campaign',
			query: 'uid=7',
			expiresAt: made.items[0].json.expiresAt,
			remainingVisitQuota: 3_000_000,
		});
		expect(world().server.callsTo(PATH)[0].body).toEqual({ url_link: urlLink });
	});

	test('a scheme is not a URL Link: 85403 with its meaning and the item', async () => {
		const result = await runLinks(world(), [{}], {
			operation: 'getUrlLinkInfo',
			urlLink: 'https://wxaurl.cn/unknown',
		});
		expect(result.error?.message).toContain('85403');
		expect(result.error?.message).toContain('WeChat does not know this link');
		expect((result.error as { context?: { itemIndex?: number } }).context?.itemIndex).toBe(0);
	});
});
