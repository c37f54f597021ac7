import type { FetchOffsetPage } from '../../../protocol/common/offsetPages';
import { EMPTY_ROOM_LIST_ERRCODE, type LiveRoom } from '../../../protocol/wechat/liveRooms';
import type { WeChatClient } from '../weChatClient';

/** Reads one page of the live room list (getliveinfo); WeChat's "no rooms" errcode is an empty page. */
export function fetchLiveRoomPage(client: WeChatClient): FetchOffsetPage<LiveRoom> {
	return async (start, limit) => {
		const answer = await client.post(
			'/wxa/business/getliveinfo',
			{ start, limit },
			{ idempotent: true, successErrcodes: [EMPTY_ROOM_LIST_ERRCODE] },
		);
		const total = Number(answer.total);
		return {
			items: Array.isArray(answer.room_info) ? (answer.room_info as LiveRoom[]) : [],
			total: Number.isFinite(total) ? total : undefined,
		};
	};
}
