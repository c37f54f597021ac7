import type { FakeWeChatServer, Json } from './server';

export interface FakeFollower {
	openid: string;
	subscribe_time: number;
	room_status: number;
	room_id: number;
}

export interface FakeLiveState {
	followers: FakeFollower[];
	rooms: Set<number>;
	/** Accepted pushes; `appId` is the Mini Program whose token sent it (absent: the server's own). */
	pushes: { roomId: number; openids: string[]; messageId: string; at: number; appId?: string }[];
	/** Answer for applyliveinfo: 0 accepts, anything else is an errcode. */
	applyErrcode: number;
	applications: string[];
	/** Makes get_wxa_followers hand back the page_break it was given, forever (a WeChat fault). */
	stuckPageBreak?: boolean;
}

export const MAX_PAGE = 2000;
export const MAX_OPENIDS_PER_SECOND = 2000;

/** Live broadcast long-term subscription APIs, with WeChat's limits. */
export function addLiveRoutes(
	server: FakeWeChatServer,
	now: () => number = () => server.clock.now(),
): FakeLiveState {
	const state: FakeLiveState = {
		followers: [],
		rooms: new Set(),
		pushes: [],
		applyErrcode: 0,
		applications: [],
	};
	let messageSeq = 1622047360795164672n;

	server.route('/wxa/business/get_wxa_followers', ({ body }) => {
		const limit = body.limit === undefined ? 200 : Number(body.limit);
		if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE)
			return { errcode: 47003, errmsg: 'argument invalid! limit' };
		const start = body.page_break === undefined ? 0 : Number(body.page_break) - PAGE_BREAK_BASE;
		if (!Number.isInteger(start) || start < 0)
			return { errcode: 47003, errmsg: 'argument invalid! page_break' };
		const followers = state.followers.slice(start, start + limit);
		const pageBreak =
			state.stuckPageBreak && body.page_break !== undefined
				? Number(body.page_break)
				: PAGE_BREAK_BASE + start + followers.length;
		return { followers, page_break: pageBreak };
	});

	server.route('/wxa/business/push_message', ({ body, appId }) => {
		const roomId = Number(body.room_id);
		const openids = body.user_openid;
		if (!Array.isArray(openids) || openids.length === 0)
			return { errcode: 47003, errmsg: 'argument invalid! user_openid' };
		if (openids.length > MAX_PAGE)
			return { errcode: 47003, errmsg: 'argument invalid! user_openid too many' };
		if (!state.rooms.has(roomId)) return { errcode: 300036, errmsg: 'room not exist' };
		const at = now();
		// The limit is per App ID: each Mini Program (a platform's merchant) has its own.
		const lastSecond = state.pushes
			.filter((push) => (push.appId ?? server.appId) === appId && at - push.at < 1000)
			.reduce((sum, push) => sum + push.openids.length, 0);
		if (lastSecond + openids.length > MAX_OPENIDS_PER_SECOND)
			return { errcode: 45011, errmsg: 'api minute-quota reach limit' };
		messageSeq += 1n;
		const push = {
			roomId,
			openids: openids.map(String),
			messageId: messageSeq.toString(),
			at,
			appId,
		};
		state.pushes.push(push);
		return { message_id: push.messageId };
	});

	server.route('/wxa/business/applyliveinfo', ({ body, appId }): Json => {
		if (body.action !== 'apply') return { errcode: 47003, errmsg: 'argument invalid! action' };
		if (state.applyErrcode !== 0) return { errcode: state.applyErrcode, errmsg: 'apply failed' };
		state.applications.push(appId);
		return { action: 'apply' };
	});

	return state;
}

/** page_break values look like WeChat's (large numbers) but encode an offset. */
const PAGE_BREAK_BASE = 1606270612;

export function makeFollowers(count: number, roomIds: number[] = [1]): FakeFollower[] {
	return Array.from({ length: count }, (_, index) => ({
		openid: `o${String(index).padStart(7, '0')}FakeOpenid`,
		subscribe_time: 1606270612 + index,
		room_status: 101,
		room_id: roomIds[index % roomIds.length],
	}));
}
