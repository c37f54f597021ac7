import { itemOf, useLinkOperation } from './linkHarness';

describe('Link > Generate Short Link', () => {
	const shortLink = useLinkOperation('generateShortLink', {
		pageUrl: '={{ "pages/campaign/campaign?goods=" + $json.goods }}',
		pageTitle: 'Spring sale',
	});

	test('a short link per item; temporary unless Permanent', async () => {
		const result = await shortLink.run([{ goods: 1 }], { permanent: true });
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toEqual({
			shortLink: expect.stringMatching(/^#小程序:\/\//),
			pageUrl: 'pages/campaign/campaign?goods=1',
			pageTitle: 'Spring sale',
			permanent: true,
		});
		expect(shortLink.calls()[0].body).toEqual({
			page_url: 'pages/campaign/campaign?goods=1',
			page_title: 'Spring sale',
			is_permanent: true,
		});
		expect(
			shortLink.world().links.links.get(String(result.items[0].json.shortLink))?.expireTime,
		).toBe(0);
	});

	test('a page title of more than 20 characters, or no page, is refused before sending', async () => {
		const long = await shortLink.run([{ goods: 1 }], { pageTitle: 'x'.repeat(21) });
		expect(long.error?.message).toContain('at most 20');
		const empty = await shortLink.run([{}], { pageUrl: ' ' });
		expect(empty.error?.message).toContain('Page is empty');
		expect(shortLink.calls()).toHaveLength(0);
	});

	test("45009 is named as Short Link's own daily quota, with the item", async () => {
		shortLink.world().links.dailyShortLinkLimit = 2;
		const result = await shortLink.run([{ goods: 1 }, { goods: 2 }, { goods: 3 }], {
			options: { requestsInFlight: 1 },
		});
		expect(result.error?.message).toContain('45009');
		expect(result.error?.message).toContain("Short Link's daily quota is used up");
		expect(result.error?.message).toContain('nothing was made');
		expect(itemOf(result.error)).toBe(2);
		expect(shortLink.calls()).toHaveLength(3); // not resent: each try would spend quota
	});
});
