import { ROOM_ERRCODES } from '../../../protocol/wechat/broadcast/errcodes';
import type { WeChatClient } from '../weChatClient';
import { BROADCAST, once, repeatable } from './broadcastCalls';

/**
 * Goods in a live room (live broadcast API). Imports, pushes and removals are sent once: a resent
 * push shows the card twice, a resent import or removal that went through answers "already added" /
 * "not found". On-sale switches, sorting and reads are idempotent and retried.
 */

export async function importGoods(
	client: WeChatClient,
	roomId: number,
	goodsIds: number[],
): Promise<void> {
	await client.post(`${BROADCAST}/room/addgoods`, { ids: goodsIds, roomId }, once(ROOM_ERRCODES));
}

export async function setGoodsOnSale(
	client: WeChatClient,
	roomId: number,
	goodsId: number,
	onSale: boolean,
): Promise<void> {
	await client.post(
		`${BROADCAST}/goods/onsale`,
		{ roomId, goodsId, onSale: onSale ? 1 : 0 },
		repeatable(ROOM_ERRCODES),
	);
}

export async function removeGoodsFromRoom(
	client: WeChatClient,
	roomId: number,
	goodsId: number,
): Promise<void> {
	await client.post(`${BROADCAST}/goods/deleteInRoom`, { roomId, goodsId }, once(ROOM_ERRCODES));
}

/** Pops the goods card up for every viewer: a resend would show it twice. */
export async function pushGoods(
	client: WeChatClient,
	roomId: number,
	goodsId: number,
): Promise<void> {
	await client.post(`${BROADCAST}/goods/push`, { roomId, goodsId }, once(ROOM_ERRCODES));
}

/** WeChat's sort takes the goods ids as strings ({"goodsId": "123"}), in the new order. */
export async function sortGoods(
	client: WeChatClient,
	roomId: number,
	goodsIds: number[],
): Promise<void> {
	await client.post(
		`${BROADCAST}/goods/sort`,
		{ roomId, goods: goodsIds.map((goodsId) => ({ goodsId: String(goodsId) })) },
		repeatable(ROOM_ERRCODES),
	);
}

export async function getGoodsVideo(
	client: WeChatClient,
	roomId: number,
	goodsId: number,
): Promise<string> {
	const answer = await client.post(
		`${BROADCAST}/goods/getVideo`,
		{ roomId, goodsId },
		repeatable(ROOM_ERRCODES),
	);
	return String(answer.url ?? '');
}
