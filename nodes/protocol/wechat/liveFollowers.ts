import { collectCursorPages } from '../common/cursorPages';

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
 * wanted, stopping at a short or empty page or a page_break that does not advance.
 */
export async function collectFollowers(
	fetchPage: FetchFollowerPage,
	{ maxResults, roomId }: CollectFollowersOptions = {},
): Promise<CollectedFollowers> {
	const { items, pages } = await collectCursorPages<Follower, number>(
		async (pageBreak, limit) => {
			const page = await fetchPage(limit, pageBreak);
			return { items: page.followers, next: page.pageBreak };
		},
		{
			pageSize: MAX_FOLLOWERS_PER_PAGE,
			maxResults,
			keep: roomId === undefined ? undefined : (follower) => Number(follower.room_id) === roomId,
			endsOnShortPage: true,
			service: 'WeChat',
			cursorName: (pageBreak) => `page_break ${pageBreak}`,
			itemsName: 'followers',
		},
	);
	return { followers: items, pagesFetched: pages };
}
