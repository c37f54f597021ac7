import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import {
	MAX_LIVE_ROOMS_PER_PAGE,
	matchesRoomSearch,
	roomPickerEntry,
} from '../../protocol/wechat/liveRooms';
import { withNodeErrors } from '../transport/nodeErrors';
import { fetchLiveRoomPage } from '../transport/weChatApi';
import type { TransportOptions } from '../transport/transportOptions';
import { WeChatClient } from '../transport/weChatClient';

/**
 * The live room picker: one getliveinfo page (100 rooms) per call, filtered by what the user
 * typed; the next page's start travels in the pagination token.
 */
export function searchLiveRooms(transport: TransportOptions) {
	return async function (
		this: ILoadOptionsFunctions,
		filter?: string,
		paginationToken?: string,
	): Promise<INodeListSearchResult> {
		return await withNodeErrors(this, async () => {
			const client = await WeChatClient.create(this, transport);
			const start = Number(paginationToken ?? 0) || 0;
			const page = await fetchLiveRoomPage(client)(start, MAX_LIVE_ROOMS_PER_PAGE);
			const next = start + page.items.length;
			const more =
				page.items.length === MAX_LIVE_ROOMS_PER_PAGE &&
				(page.total === undefined || next < page.total);
			return {
				results: page.items.filter((room) => matchesRoomSearch(room, filter)).map(roomPickerEntry),
				paginationToken: more ? String(next) : undefined,
			};
		});
	};
}
