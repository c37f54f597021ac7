/** WeChat's maximum page size for get_wxa_followers. */
export const MAX_FOLLOWERS_PER_PAGE = 2000;

export interface Follower {
	openid: string;
	subscribe_time: number;
	room_status: number;
	room_id: number;
	[key: string]: unknown;
}

export interface FollowerPage {
	followers: Follower[];
	pageBreak: number | undefined;
}

export type FetchFollowerPage = (
	limit: number,
	pageBreak: number | undefined,
) => Promise<FollowerPage>;

export interface CollectFollowersOptions {
	/** Stop once this many matching followers are collected; undefined means all of them. */
	maxResults?: number;
	/** Keep only followers of this room. */
	roomId?: number;
}

export interface CollectedFollowers {
	followers: Follower[];
	pagesFetched: number;
}

/**
 * Walks get_wxa_followers pages with the fewest calls: full 2000-row pages unless fewer rows are
 * wanted, stopping at a short or empty page. Throws if WeChat hands back a page_break that does
 * not advance, which would otherwise loop forever.
 */
export async function collectFollowers(
	fetchPage: FetchFollowerPage,
	options: CollectFollowersOptions = {},
): Promise<CollectedFollowers> {
	const { maxResults, roomId } = options;
	const followers: Follower[] = [];
	const seenPageBreaks = new Set<number>();
	let pageBreak: number | undefined;
	let pagesFetched = 0;
	while (maxResults === undefined || followers.length < maxResults) {
		const wanted =
			maxResults === undefined || roomId !== undefined
				? MAX_FOLLOWERS_PER_PAGE
				: maxResults - followers.length;
		const limit = Math.min(MAX_FOLLOWERS_PER_PAGE, wanted);
		const page = await fetchPage(limit, pageBreak);
		pagesFetched++;
		for (const follower of page.followers) {
			if (roomId !== undefined && Number(follower.room_id) !== roomId) continue;
			followers.push(follower);
			if (maxResults !== undefined && followers.length >= maxResults) break;
		}
		if (page.followers.length < limit || page.pageBreak === undefined) break;
		if (page.pageBreak === pageBreak || seenPageBreaks.has(page.pageBreak)) {
			throw new Error(
				`WeChat returned page_break ${page.pageBreak} again after ${pagesFetched} pages (${followers.length} followers read): ` +
					'stopped instead of looping forever. Try again later.',
			);
		}
		seenPageBreaks.add(page.pageBreak);
		pageBreak = page.pageBreak;
	}
	return { followers, pagesFetched };
}
