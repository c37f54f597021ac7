import type { FetchFollowerPage, Follower } from '../../../protocol/wechat/liveFollowers';
import type { WeChatClient } from '../weChatClient';

/** Reads one page of the long-term followers (get_wxa_followers). */
export function fetchFollowerPage(client: WeChatClient): FetchFollowerPage {
	return async (limit, pageBreak) => {
		const body: Record<string, unknown> = { limit };
		if (pageBreak !== undefined) body.page_break = pageBreak;
		const answer = await client.post('/wxa/business/get_wxa_followers', body, { idempotent: true });
		const nextPageBreak = Number(answer.page_break);
		return {
			followers: Array.isArray(answer.followers) ? (answer.followers as Follower[]) : [],
			pageBreak:
				answer.page_break === undefined || !Number.isFinite(nextPageBreak)
					? undefined
					: nextPageBreak,
		};
	};
}
