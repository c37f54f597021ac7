import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import {
	MAX_LIVE_ROOMS_PER_PAGE,
	matchesRoomSearch,
	roomPickerEntry,
} from '../../protocol/wechat/liveRooms';
import { MAX_GOODS_PAGE } from '../../protocol/wechat/broadcast/pageSizes';
import {
	goodsPickerEntry,
	matchesGoodsSearch,
	parseGoodsPickerToken,
} from '../../protocol/wechat/broadcast/picker';
import { withNodeErrors } from '../transport/nodeErrors';
import { fetchLiveRoomPage, libraryGoodsPages } from '../transport/weChatApi';
import type { TransportOptions } from '../transport/transportOptions';
import { WeChatClient } from '../transport/weChatClient';

/**
 * The live room picker: one getliveinfo page (100 rooms) per call, filtered by what the user
 * typed; the next page's start travels in the pagination token.
 */
export function searchLiveRooms(transport: TransportOptions) {
	return weChatListSearch(transport, async (client, filter, paginationToken) => {
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
}

const ALL_AUDIT_STATES = [0, 1, 2, 3] as const;
const APPROVED = [2] as const;

/** The goods picker over the whole library: one goods/getapproved page per call, state by state. */
export function searchLiveGoods(transport: TransportOptions) {
	return goodsSearch(transport, ALL_AUDIT_STATES);
}

/** The goods picker for rooms, which take approved goods only. */
export function searchApprovedLiveGoods(transport: TransportOptions) {
	return goodsSearch(transport, APPROVED);
}

function goodsSearch(transport: TransportOptions, statuses: readonly number[]) {
	return weChatListSearch(transport, async (client, filter, paginationToken) => {
		const { statusIndex, offset } = parseGoodsPickerToken(paginationToken, statuses);
		const status = statuses[statusIndex];
		const page = await libraryGoodsPages(client, status)(offset, MAX_GOODS_PAGE);
		const next = offset + page.items.length;
		const moreInState =
			page.items.length === MAX_GOODS_PAGE && (page.total === undefined || next < page.total);
		const nextToken = moreInState
			? `${status}:${next}`
			: statusIndex + 1 < statuses.length
				? `${statuses[statusIndex + 1]}:0`
				: undefined;
		return {
			results: page.items
				.filter((goods) => matchesGoodsSearch(goods, filter))
				.map((goods) => goodsPickerEntry(goods, status)),
			paginationToken: nextToken,
		};
	});
}

/** A listSearch method that pages WeChat with one client per call, its errors made n8n's. */
function weChatListSearch(
	transport: TransportOptions,
	search: (
		client: WeChatClient,
		filter: string | undefined,
		paginationToken: string | undefined,
	) => Promise<INodeListSearchResult>,
) {
	return async function (
		this: ILoadOptionsFunctions,
		filter?: string,
		paginationToken?: string,
	): Promise<INodeListSearchResult> {
		return await withNodeErrors(this, async () => {
			const client = await WeChatClient.create(this, transport);
			return await search(client, filter, paginationToken);
		});
	};
}
