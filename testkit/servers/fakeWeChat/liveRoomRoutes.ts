import type { FakeWeChatServer, Json } from './server';

export interface FakeLiveRoom {
	roomid: number;
	name: string;
	cover_img: string;
	share_img: string;
	live_status: number;
	start_time: number;
	end_time: number;
	anchor_name: string;
	goods: unknown[];
	live_type: number;
	close_like: number;
	close_goods: number;
	close_comment: number;
	close_kf: number;
	close_replay: number;
	is_feeds_public: number;
	creater_openid: string;
	feeds_img: string;
}

export interface FakeLiveRoomState {
	rooms: FakeLiveRoom[];
}

export const MAX_ROOMS_PER_PAGE = 100;

/** The live room list (getliveinfo): at most 100 rooms a page, errcode 9410000 when there are none (left). */
export function addLiveRoomRoutes(server: FakeWeChatServer): FakeLiveRoomState {
	const state: FakeLiveRoomState = { rooms: [] };
	server.route('/wxa/business/getliveinfo', ({ body }) => roomListAnswer(state, body));
	return state;
}

/** getliveinfo's answer for the room list (no `action`); broadcastRoutes adds the replay action. */
export function roomListAnswer(state: FakeLiveRoomState, body: Json): Json {
	const start = Number(body.start);
	const limit = Number(body.limit);
	if (!Number.isInteger(start) || start < 0)
		return { errcode: 47003, errmsg: 'argument invalid! start' };
	if (!Number.isInteger(limit) || limit < 1)
		return { errcode: 47003, errmsg: 'argument invalid! limit' };
	const page = state.rooms.slice(start, start + Math.min(limit, MAX_ROOMS_PER_PAGE));
	if (page.length === 0) return { errcode: 9410000, errmsg: 'no room info' };
	return { room_info: page, live_replay: [], total: state.rooms.length };
}

const STATUSES = [101, 102, 103, 105];

export function makeLiveRooms(count: number, firstId = 1): FakeLiveRoom[] {
	return Array.from({ length: count }, (_, index) => {
		const roomid = firstId + index;
		return {
			roomid,
			name: roomid % 10 === 0 ? `Flash Sale ${roomid}` : `直播间 ${roomid}`,
			cover_img: `http://mmbiz.qpic.cn/cover/${roomid}/0`,
			share_img: `http://mmbiz.qpic.cn/share/${roomid}/0`,
			live_status: STATUSES[index % STATUSES.length],
			start_time: 1635827514 + index * 3600,
			end_time: 1635868800 + index * 3600,
			anchor_name: index % 2 === 0 ? '小王' : 'Lily',
			goods: [],
			live_type: 0,
			close_like: 0,
			close_goods: 0,
			close_comment: 0,
			close_kf: 0,
			close_replay: 0,
			is_feeds_public: 1,
			creater_openid: `oCreator${roomid}`,
			feeds_img: '',
		};
	});
}
