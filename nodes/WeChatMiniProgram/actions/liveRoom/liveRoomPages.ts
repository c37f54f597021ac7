import type { IExecuteFunctions, ILoadOptionsFunctions } from 'n8n-workflow';

import type { FetchOffsetPage } from '../../../protocol/common/offsetPages';
import { WeChatApiError } from '../../../protocol/wechat/apiError';
import { EMPTY_ROOM_LIST_ERRCODE, type LiveRoom } from '../../../protocol/wechat/liveRooms';
import { toNodeError } from '../../transport/nodeErrors';
import type { WeChatClient } from '../../transport/weChatClient';

/** Reads one page of the live room list (getliveinfo); WeChat's "no rooms" errcode is an empty page. */
export function liveRoomPages(
	ctx: IExecuteFunctions | ILoadOptionsFunctions,
	client: WeChatClient,
): FetchOffsetPage<LiveRoom> {
	return async (start, limit) => {
		try {
			const answer = await client.post(
				'/wxa/business/getliveinfo',
				{ start, limit },
				{ idempotent: true },
			);
			const total = Number(answer.total);
			return {
				items: Array.isArray(answer.room_info) ? (answer.room_info as LiveRoom[]) : [],
				total: Number.isFinite(total) ? total : undefined,
			};
		} catch (error) {
			if (error instanceof WeChatApiError && error.errcode === EMPTY_ROOM_LIST_ERRCODE)
				return { items: [] };
			throw toNodeError(ctx, error);
		}
	};
}
