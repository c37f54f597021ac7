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
import { liveRoomPages } from '../actions/liveRoom/liveRoomPages';
import { toNodeError } from '../transport/nodeErrors';
import { libraryGoodsPages } from '../transport/weChatApi/broadcast';
import { WeChatClient } from '../transport/weChatClient';

/**
 * The live room picker: one getliveinfo page (100 rooms) per call, filtered by what the user
 * typed; the next page's start travels in the pagination token.
 */
export async function searchLiveRooms(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	try {
		const client = await WeChatClient.create(this);
		const start = Number(paginationToken ?? 0) || 0;
		const page = await liveRoomPages(this, client)(start, MAX_LIVE_ROOMS_PER_PAGE);
		const next = start + page.items.length;
		const more =
			page.items.length === MAX_LIVE_ROOMS_PER_PAGE &&
			(page.total === undefined || next < page.total);
		return {
			results: page.items.filter((room) => matchesRoomSearch(room, filter)).map(roomPickerEntry),
			paginationToken: more ? String(next) : undefined,
		};
	} catch (error) {
		throw toNodeError(this, error);
	}
}

const ALL_AUDIT_STATES = [0, 1, 2, 3] as const;
const APPROVED = [2] as const;

/** The goods picker over the whole library: one goods/getapproved page per call, state by state. */
export async function searchLiveGoods(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchGoods(this, ALL_AUDIT_STATES, filter, paginationToken);
}

/** The goods picker for rooms, which take approved goods only. */
export async function searchApprovedLiveGoods(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchGoods(this, APPROVED, filter, paginationToken);
}

async function searchGoods(
	ctx: ILoadOptionsFunctions,
	statuses: readonly number[],
	filter: string | undefined,
	paginationToken: string | undefined,
): Promise<INodeListSearchResult> {
	try {
		const client = await WeChatClient.create(ctx);
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
	} catch (error) {
		throw toNodeError(ctx, error);
	}
}
