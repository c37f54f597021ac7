import type { FetchOffsetPage } from '../../../protocol/common/offsetPages';
import { ROOM_ERRCODES } from '../../../protocol/wechat/broadcast/errcodes';
import { EMPTY_ROOM_LIST_ERRCODE } from '../../../protocol/wechat/liveRooms';
import type { LiveRoom } from '../../../protocol/wechat/liveRooms';
import type { WeChatAnswer, WeChatClient } from '../weChatClient';
import { BROADCAST, once, repeatable } from './broadcastCalls';

/**
 * Live rooms: the room list, a room's settings, links, replays, switches, assistants and sub-anchor
 * (live broadcast API, under /wxaapi/broadcast/ unless given in full; images go through
 * temporaryMedia). Creates, deletes, adds and removes are sent once: when no clear answer comes
 * back they are reported as unclear, never resent (a resent create makes a second room; a resent
 * add or remove that went through answers "already added" / "not found"). Edits, switches and
 * reads are idempotent and retried on transient failures.
 */

type Body = Record<string, unknown>;

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
