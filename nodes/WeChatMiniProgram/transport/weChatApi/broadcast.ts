import type { FetchOffsetPage } from '../../../protocol/common/offsetPages';
import {
	GOODS_ERRCODES,
	MEDIA_ERRCODES,
	ROLE_ERRCODES,
	ROOM_ERRCODES,
} from '../../../protocol/wechat/broadcast/errcodes';
import { multipartFile, type FilePart } from '../../../protocol/wechat/broadcast/multipart';
import type { WeChatAnswer, WeChatClient } from '../weChatClient';

/**
 * The Mini Program live broadcast server API (rooms, room goods, the goods library, member roles)
 * and the temporary media upload its images go through (the share code image is fetched by
 * transport/imageDownload). Paths are under /wxaapi/broadcast/ unless
 * given in full. Creates, imports, pushes, adds, removes and audits are sent once: when no clear
 * answer comes back they are reported as unclear, never resent (a resent create makes a second
 * room; a resent add or remove that went through answers "already added" / "not found").
 * Settings (options, sort, on sale, updates) and reads are idempotent and retried on transient failures.
 */
const BROADCAST = '/wxaapi/broadcast';

const once = (meanings: Record<number, string>) => ({
	idempotent: false,
	errorMeanings: meanings,
});
const repeatable = (meanings: Record<number, string>) => ({
	idempotent: true,
	errorMeanings: meanings,
});

type Body = Record<string, unknown>;

// ---- Temporary media ------------------------------------------------------------------------

/**
 * Uploads an image as temporary media (valid 3 days) and returns its media_id. Treated as
 * idempotent: a resent upload only creates another temporary media id, which nothing refers to
 * and which expires on its own, so retrying a timed-out upload is harmless.
 */
export async function uploadTemporaryImage(
	client: WeChatClient,
	image: Omit<FilePart, 'field'>,
): Promise<string> {
	const { body, contentType } = multipartFile({ ...image, field: 'media' });
	const answer = await client.postRaw(
		'/cgi-bin/media/upload',
		{ body, contentType, query: { type: 'image' } },
		repeatable(MEDIA_ERRCODES),
	);
	return String(answer.media_id);
}

// ---- Rooms --------------------------------------------------------------------------------

export interface CreatedRoom {
	roomId: number;
	/** Only when the anchor still has to verify their real name. */
	qrcode_url?: string;
}

export async function createRoom(client: WeChatClient, room: Body): Promise<CreatedRoom> {
	const answer = await client.post(`${BROADCAST}/room/create`, room, once(ROOM_ERRCODES));
	return { roomId: Number(answer.roomId), qrcode_url: answer.qrcode_url as string | undefined };
}

/** editroom replaces the room's settings; only rooms that have not started can be edited. */
export async function editRoom(client: WeChatClient, roomId: number, room: Body): Promise<void> {
	await client.post(
		`${BROADCAST}/room/editroom`,
		{ id: roomId, ...room },
		repeatable(ROOM_ERRCODES),
	);
}

export async function deleteRoom(client: WeChatClient, roomId: number): Promise<void> {
	await client.post(`${BROADCAST}/room/deleteroom`, { id: roomId }, once(ROOM_ERRCODES));
}

export async function getPushUrl(client: WeChatClient, roomId: number): Promise<string> {
	const answer = await client.get(`${BROADCAST}/room/getpushurl`, { roomId }, ROOM_ERRCODES);
	return String(answer.pushAddr ?? '');
}

export interface SharedCode {
	cdnUrl: string;
	pagePath: string;
	posterUrl?: string;
}

/**
 * `params` is the custom query the shared page receives; WeChat wants it URL-encoded JSON. The
 * current document lists roomId and params as a "request payload" of this GET; WxJava, EasyWeChat
 * and PowerWeChat all send them in the query string, which is what is followed here.
 */
export async function getSharedCode(
	client: WeChatClient,
	roomId: number,
	params?: string,
): Promise<SharedCode> {
	const query: Record<string, string | number> = { roomId };
	if (params) query.params = params;
	const answer = await client.get(`${BROADCAST}/room/getsharedcode`, query, ROOM_ERRCODES);
	return {
		cdnUrl: String(answer.cdnUrl ?? ''),
		pagePath: String(answer.pagePath ?? ''),
		posterUrl: answer.posterUrl as string | undefined,
	};
}

export interface Replay {
	media_url: string;
	create_time?: string;
	expire_time?: string;
	[key: string]: unknown;
}

/** A room's replay videos, one getliveinfo get_replay page at a time. */
export function replayPages(client: WeChatClient, roomId: number): FetchOffsetPage<Replay> {
	return async (start, limit) => {
		const answer = await client.post(
			'/wxa/business/getliveinfo',
			{ action: 'get_replay', room_id: roomId, start, limit },
			repeatable(ROOM_ERRCODES),
		);
		const total = Number(answer.total);
		return {
			items: Array.isArray(answer.live_replay) ? (answer.live_replay as Replay[]) : [],
			total: Number.isFinite(total) ? total : undefined,
		};
	};
}

/** The four room switches, each its own endpoint and field. */
export const ROOM_OPTION_ENDPOINTS = {
	isFeedsPublic: { path: 'room/updatefeedpublic', field: 'isFeedsPublic' },
	closeReplay: { path: 'room/updatereplay', field: 'closeReplay' },
	closeKf: { path: 'room/updatekf', field: 'closeKf' },
	banComment: { path: 'room/updatecomment', field: 'banComment' },
} as const;
export type RoomOption = keyof typeof ROOM_OPTION_ENDPOINTS;

export async function setRoomOption(
	client: WeChatClient,
	roomId: number,
	option: RoomOption,
	value: 0 | 1,
): Promise<void> {
	const { path, field } = ROOM_OPTION_ENDPOINTS[option];
	await client.post(`${BROADCAST}/${path}`, { roomId, [field]: value }, repeatable(ROOM_ERRCODES));
}

// ---- Assistants and the sub-anchor --------------------------------------------------------

export interface Assistant {
	username: string;
	nickname: string;
}

export async function addAssistants(
	client: WeChatClient,
	roomId: number,
	users: Assistant[],
): Promise<void> {
	await client.post(`${BROADCAST}/room/addassistant`, { roomId, users }, once(ROOM_ERRCODES));
}

export async function modifyAssistant(
	client: WeChatClient,
	roomId: number,
	user: Assistant,
): Promise<void> {
	await client.post(
		`${BROADCAST}/room/modifyassistant`,
		{ roomId, ...user },
		repeatable(ROOM_ERRCODES),
	);
}

export async function removeAssistant(
	client: WeChatClient,
	roomId: number,
	username: string,
): Promise<void> {
	await client.post(`${BROADCAST}/room/removeassistant`, { roomId, username }, once(ROOM_ERRCODES));
}

export async function getAssistants(client: WeChatClient, roomId: number): Promise<WeChatAnswer> {
	return await client.get(`${BROADCAST}/room/getassistantlist`, { roomId }, ROOM_ERRCODES);
}

export async function addSubAnchor(
	client: WeChatClient,
	roomId: number,
	username: string,
): Promise<void> {
	await client.post(`${BROADCAST}/room/addsubanchor`, { roomId, username }, once(ROOM_ERRCODES));
}

export async function modifySubAnchor(
	client: WeChatClient,
	roomId: number,
	username: string,
): Promise<void> {
	await client.post(
		`${BROADCAST}/room/modifysubanchor`,
		{ roomId, username },
		repeatable(ROOM_ERRCODES),
	);
}

export async function deleteSubAnchor(client: WeChatClient, roomId: number): Promise<void> {
	await client.post(`${BROADCAST}/room/deletesubanchor`, { roomId }, once(ROOM_ERRCODES));
}

export async function getSubAnchor(client: WeChatClient, roomId: number): Promise<string> {
	const answer = await client.get(`${BROADCAST}/room/getsubanchor`, { roomId }, ROOM_ERRCODES);
	return String(answer.username ?? '');
}

// ---- Goods in a room ----------------------------------------------------------------------

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

// ---- The goods library ----------------------------------------------------------------------

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

// ---- Member roles ---------------------------------------------------------------------------

/** Answers `codeurl` when an anchor must verify their real name first (errcode 400002). */
export async function addRole(client: WeChatClient, username: string, role: number): Promise<void> {
	await client.post(`${BROADCAST}/role/addrole`, { username, role }, once(ROLE_ERRCODES));
}

export async function deleteRole(
	client: WeChatClient,
	username: string,
	role: number,
): Promise<void> {
	await client.post(`${BROADCAST}/role/deleterole`, { username, role }, once(ROLE_ERRCODES));
}

export interface LiveMember {
	username: string;
	nickname: string;
	roleList: number[];
	[key: string]: unknown;
}

/** Live members with a role (-1 all), optionally matching `keyword`, a getrolelist page at a time. */
export function memberPages(
	client: WeChatClient,
	role: number,
	keyword?: string,
): FetchOffsetPage<LiveMember> {
	return async (offset, limit) => {
		const query: Record<string, string | number> = { role, offset, limit };
		if (keyword) query.keyword = keyword;
		const answer = await client.get(`${BROADCAST}/role/getrolelist`, query, ROLE_ERRCODES);
		const total = Number(answer.total);
		return {
			items: Array.isArray(answer.list) ? (answer.list as LiveMember[]) : [],
			total: Number.isFinite(total) ? total : undefined,
		};
	};
}
