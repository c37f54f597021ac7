import { itemOf, LINK_PATHS, runLinks, useLinkWorld } from './linkHarness';

const PATH = LINK_PATHS.generateShortLink;
const shortLink = {
	operation: 'generateShortLink',
	pageUrl: '={{ "pages/campaign/campaign?goods=" + $json.goods }}',
	pageTitle: 'Spring sale',
};

describe('Link > Generate Short Link', () => {
	const world = useLinkWorld();

	test('a short link per item; temporary unless Permanent', async () => {
		const result = await runLinks(world(), [{ goods: 1 }], { ...shortLink, permanent: true });
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toEqual({
			shortLink: expect.stringMatching(/^#小程序:\/\//),
			pageUrl: 'pages/campaign/campaign?goods=1',
			pageTitle: 'Spring sale',
			permanent: true,
		});
		expect(world().server.callsTo(PATH)[0].body).toEqual({
			page_url: 'pages/campaign/campaign?goods=1',
			page_title: 'Spring sale',
			is_permanent: true,
		});
		expect(world().links.links.get(String(result.items[0].json.shortLink))?.expireTime).toBe(0);
	});

	test('a page title of more than 20 characters, or no page, is refused before sending', async () => {
		const long = await runLinks(world(), [{ goods: 1 }], {
			...shortLink,
			pageTitle: 'x'.repeat(21),
		});
		expect(long.error?.message).toContain('at most 20');
		const empty = await runLinks(world(), [{}], { ...shortLink, pageUrl: ' ' });
		expect(empty.error?.message).toContain('Page is empty');
		expect(world().server.callsTo(PATH)).toHaveLength(0);
	});

	test("45009 is named as Short Link's own daily quota, with the item", async () => {
		world().links.dailyShortLinkLimit = 2;
		const result = await runLinks(world(), [{ goods: 1 }, { goods: 2 }, { goods: 3 }], {
			...shortLink,
			options: { requestsInFlight: 1 },
		});
		expect(result.error?.message).toContain('45009');
		expect(result.error?.message).toContain("Short Link's daily quota is used up");
		expect(result.error?.message).toContain('nothing was made');
		expect(itemOf(result.error)).toBe(2);
		expect(world().server.callsTo(PATH)).toHaveLength(3); // not resent: each try would spend quota
	});
});
