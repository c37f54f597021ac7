import type { FetchOffsetPage } from '../../../protocol/common/offsetPages';
import { GOODS_ERRCODES } from '../../../protocol/wechat/broadcast/errcodes';
import type { WeChatClient } from '../weChatClient';
import { BROADCAST, once, repeatable } from './broadcastCalls';

/**
 * The live goods library and its audits (live broadcast API; images go through temporaryMedia).
 * Adds, deletes and audit requests are sent once, never resent on an unclear answer (an add makes
 * a second goods, an audit uses one of the day's 500). Updates and reads are retried.
 */

type Body = Record<string, unknown>;

export async function addGoods(
	client: WeChatClient,
	goodsInfo: Body,
): Promise<{ goodsId: number; auditId: number }> {
	const answer = await client.post(`${BROADCAST}/goods/add`, { goodsInfo }, once(GOODS_ERRCODES));
	return { goodsId: Number(answer.goodsId), auditId: Number(answer.auditId) };
}

export async function withdrawGoodsAudit(
	client: WeChatClient,
	goodsId: number,
	auditId: number,
): Promise<void> {
	await client.post(`${BROADCAST}/goods/resetaudit`, { auditId, goodsId }, once(GOODS_ERRCODES));
}

/** Uses one of the day's 500 audits: never resent. */
export async function resubmitGoodsAudit(
	client: WeChatClient,
	goodsId: number,
): Promise<{ auditId: number }> {
	const answer = await client.post(`${BROADCAST}/goods/audit`, { goodsId }, once(GOODS_ERRCODES));
	return { auditId: Number(answer.auditId) };
}

/** Only the fields given change; approved goods accept only the price fields. */
export async function updateGoods(client: WeChatClient, goodsInfo: Body): Promise<void> {
	await client.post(`${BROADCAST}/goods/update`, { goodsInfo }, repeatable(GOODS_ERRCODES));
}

export async function deleteGoods(client: WeChatClient, goodsId: number): Promise<void> {
	await client.post(`${BROADCAST}/goods/delete`, { goodsId }, once(GOODS_ERRCODES));
}

export interface LibraryGoods {
	goodsId: number;
	name: string;
	[key: string]: unknown;
}

/** The goods library in one audit state, one goods/getapproved page at a time. */
export function libraryGoodsPages(
	client: WeChatClient,
	status: number,
): FetchOffsetPage<LibraryGoods> {
	return async (offset, limit) => {
		const answer = await client.get(
			`${BROADCAST}/goods/getapproved`,
			{ offset, limit, status },
			GOODS_ERRCODES,
		);
		const total = Number(answer.total);
		return {
			items: Array.isArray(answer.goods) ? (answer.goods as LibraryGoods[]) : [],
			total: Number.isFinite(total) ? total : undefined,
		};
	};
}

/** Goods info and audit state by id (getgoodswarehouse). */
export async function getGoodsWarehouse(
	client: WeChatClient,
	goodsIds: number[],
): Promise<Record<string, unknown>[]> {
	const answer = await client.post(
		'/wxa/business/getgoodswarehouse',
		{ goods_ids: goodsIds },
		repeatable(GOODS_ERRCODES),
	);
	return Array.isArray(answer.goods) ? (answer.goods as Record<string, unknown>[]) : [];
}
