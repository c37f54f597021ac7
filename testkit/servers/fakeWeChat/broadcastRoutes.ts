import type { FakeLiveRoom, FakeLiveRoomState } from './liveRoomRoutes';
import { roomListAnswer } from './liveRoomRoutes';
import type { FakeLiveState } from './liveRoutes';
import type { FakeMediaState } from './mediaRoutes';
import type { FakeWeChatServer, Json, RouteRequest } from './server';

export interface FakeLibraryGoods {
	goodsId: number;
	auditId: number;
	/** 0 not submitted (or withdrawn), 1 in audit, 2 approved, 3 rejected. */
	auditStatus: number;
	name: string;
	coverImgUrl: string;
	priceType: number;
	price: number;
	price2?: number;
	url: string;
	thirdPartyAppid?: string;
}

export interface FakeRoomGoods {
	goods_id: number;
	name: string;
	price: number;
	price2?: number;
	price_type: number;
	url: string;
	cover_img: string;
	on_sale: number;
}

export interface FakeMember {
	username: string;
	nickname: string;
	openid: string;
	roleList: number[];
	updateTimestamp: string;
}

export interface FakeBroadcastState {
	/** WeChat IDs that passed real-name verification (anchors, sub-anchors, anchor roles). */
	verified: Set<string>;
	goods: Map<number, FakeLibraryGoods>;
	roomGoods: Map<number, FakeRoomGoods[]>;
	assistants: Map<number, { username: string; nickname: string; timestamp: number }[]>;
	subAnchors: Map<number, string>;
	replays: Map<number, { media_url: string; create_time: string; expire_time: string }[]>;
	goodsVideos: Map<string, string>;
	goodsPushes: { roomId: number; goodsId: number }[];
	members: FakeMember[];
	auditsToday: number;
}

export const MAX_GOODS_PAGE = 100;
export const MAX_REPLAY_PAGE = 100;
export const MAX_ROLE_PAGE = 30;
export const MAX_AUDITS_PER_DAY = 500;
export const MAX_ASSISTANTS = 5;

const B = '/wxaapi/broadcast';

const width = (text: string) =>
	[...text].reduce((sum, character) => sum + (character.codePointAt(0)! > 0x7f ? 2 : 1), 0);
const invalid = (what: string): Json => ({
	errcode: 200002,
	errmsg: `parameter ${what} is invalid`,
});

/** Whether `offset` and `limit` name a page WeChat serves: whole numbers, 1 to `max` entries. */
const isPage = (offset: number, limit: number, max: number): boolean =>
	Number.isInteger(offset) && offset >= 0 && Number.isInteger(limit) && limit >= 1 && limit <= max;

interface Options {
	rooms: FakeLiveRoomState;
	media: FakeMediaState;
	/** When given, created rooms can be pushed to (push_message). */
	live?: FakeLiveState;
	now?: () => number;
}

/**
 * The live broadcast server API (rooms, room goods, goods library, roles) with WeChat's rules,
 * paging and errcodes. Created rooms join the room list that getliveinfo answers.
 */
export function addBroadcastRoutes(
	server: FakeWeChatServer,
	{ rooms, media, live, now = () => server.clock.now() }: Options,
): FakeBroadcastState {
	const state: FakeBroadcastState = {
		verified: new Set(),
		goods: new Map(),
		roomGoods: new Map(),
		assistants: new Map(),
		subAnchors: new Map(),
		replays: new Map(),
		goodsVideos: new Map(),
		goodsPushes: [],
		members: [],
		auditsToday: 0,
	};
	let nextRoomId = 1000;
	let nextGoodsId = 50;
	let nextAuditId = 525022786;
	const seconds = () => Math.floor(now() / 1000);
	const findRoom = (id: unknown) => rooms.rooms.find((room) => room.roomid === Number(id));
	const get = (handler: (request: RouteRequest) => Json) => (request: RouteRequest) =>
		request.method === 'GET' ? handler(request) : { errcode: 43001, errmsg: 'require GET method' };
	const post = (handler: (request: RouteRequest) => Json) => (request: RouteRequest) =>
		request.method === 'POST'
			? handler(request)
			: { errcode: 43002, errmsg: 'require POST method' };
	const withRoom = (id: unknown, handler: (room: FakeLiveRoom) => Json): Json => {
		const room = findRoom(id);
		return room ? handler(room) : { errcode: 300022, errmsg: 'room not exist' };
	};

	// ---- rooms ----
	const roomProblem = (body: Json): Json | undefined => {
		for (const field of [
			'name',
			'coverImg',
			'startTime',
			'endTime',
			'anchorName',
			'anchorWechat',
			'shareImg',
			'feedsImg',
		])
			if (body[field] === undefined || body[field] === '')
				return { errcode: 200002, errmsg: `parameter ${field} must no be null` };
		const nameWidth = width(String(body.name));
		if (nameWidth < 6 || nameWidth > 34) return { errcode: 300002, errmsg: 'name length invalid' };
		const anchorWidth = width(String(body.anchorName));
		if (anchorWidth < 4 || anchorWidth > 30)
			return { errcode: 300034, errmsg: 'anchorName length invalid' };
		const start = Number(body.startTime);
		const end = Number(body.endTime);
		const sixMonths = new Date(now());
		sixMonths.setUTCMonth(sixMonths.getUTCMonth() + 6);
		if (
			!Number.isInteger(start) ||
			!Number.isInteger(end) ||
			start < seconds() + 600 ||
			start > sixMonths.getTime() / 1000 ||
			end - start < 1800 ||
			end - start > 86400
		)
			return { errcode: 200002, errmsg: 'parameter startTime or endTime is invalid' };
		for (const field of ['coverImg', 'shareImg', 'feedsImg'])
			if (!media.media.has(String(body[field])))
				return { errcode: 300006, errmsg: `${field} media id invalid` };
		if (!state.verified.has(String(body.anchorWechat)))
			return {
				errcode: 300036,
				errmsg: 'anchorWechat has no realName, please open the codeUrl and scan the code',
				qrcode_url: 'https://res.wx.qq.com/op_res/realname-check',
			};
		return undefined;
	};
	const applyRoom = (room: FakeLiveRoom, body: Json) => {
		room.name = String(body.name);
		room.start_time = Number(body.startTime);
		room.end_time = Number(body.endTime);
		room.anchor_name = String(body.anchorName);
		(room as unknown as Json).anchor_wechat = String(body.anchorWechat);
		room.cover_img = `http://mmbiz.qpic.cn/${String(body.coverImg)}`;
		room.share_img = `http://mmbiz.qpic.cn/${String(body.shareImg)}`;
		room.feeds_img = `http://mmbiz.qpic.cn/${String(body.feedsImg)}`;
		room.live_type = Number(body.type ?? 0);
		room.is_feeds_public = Number(body.isFeedsPublic ?? 1);
		for (const flag of [
			'closeLike',
			'closeGoods',
			'closeComment',
			'closeReplay',
			'closeKf',
		] as const) {
			const key = flag.replace(
				/[A-Z]/g,
				(letter) => `_${letter.toLowerCase()}`,
			) as keyof FakeLiveRoom;
			(room as unknown as Json)[key] = Number(body[flag] ?? 0);
		}
	};

	server.route(
		`${B}/room/create`,
		post(({ body }) => {
			const problem = roomProblem(body);
			if (problem) return problem;
			const room: FakeLiveRoom = {
				roomid: nextRoomId++,
				live_status: 102,
				goods: [],
				close_share: 0,
				creater_openid: '',
			} as unknown as FakeLiveRoom;
			applyRoom(room, body);
			rooms.rooms.push(room);
			live?.rooms.add(room.roomid);
			return { roomId: room.roomid };
		}),
	);
	server.route(
		`${B}/room/editroom`,
		post(({ body }) =>
			withRoom(body.id, (room) => {
				if (room.live_status !== 102)
					return { errcode: 300023, errmsg: 'room status not allow edit' };
				const problem = roomProblem(body);
				if (problem) return problem;
				applyRoom(room, body);
				return {};
			}),
		),
	);
	server.route(
		`${B}/room/deleteroom`,
		post(({ body }) =>
			withRoom(body.id, (room) => {
				rooms.rooms.splice(rooms.rooms.indexOf(room), 1);
				live?.rooms.delete(room.roomid);
				return {};
			}),
		),
	);
	server.route(
		`${B}/room/getpushurl`,
		get(({ query }) =>
			withRoom(query.get('roomId'), (room) => ({
				pushAddr: `rtmp://wxlivepush.qq.com/live/${room.roomid}?txSecret=fake&txTime=60A5F6B8`,
			})),
		),
	);
	server.route(
		`${B}/room/getsharedcode`,
		get(({ query }) =>
			withRoom(query.get('roomId'), (room) => {
				const params = query.get('params');
				return {
					cdnUrl: `${server.url}/cdn/sharecode?roomId=${room.roomid}`,
					pagePath: `plugin-private://wx2b03c6e691cd7370/pages/live-player-plugin?room_id=${room.roomid}${params ? `&custom_params=${params}` : ''}`,
					posterUrl: `${server.url}/cdn/poster?roomId=${room.roomid}`,
				};
			}),
		),
	);
	server.route(
		'/cdn/sharecode',
		({ query }) =>
			findRoom(query.get('roomId'))
				? { binary: shareCodePng(Number(query.get('roomId'))), contentType: 'image/png' }
				: 'Not Found',
		{ public: true },
	);
	server.route('/wxa/business/getliveinfo', ({ body }) => {
		if (body.action !== 'get_replay') return roomListAnswer(rooms, body);
		const start = Number(body.start);
		const limit = Number(body.limit);
		if (
			!Number.isInteger(start) ||
			start < 0 ||
			!Number.isInteger(limit) ||
			limit < 1 ||
			limit > MAX_REPLAY_PAGE
		)
			return { errcode: 47003, errmsg: 'argument invalid! start or limit' };
		if (!findRoom(body.room_id)) return { errcode: 300022, errmsg: 'room not exist' };
		const replays = state.replays.get(Number(body.room_id)) ?? [];
		return { live_replay: replays.slice(start, start + limit), total: replays.length };
	});

	const roomSwitch = (path: string, field: string, roomField: string) =>
		server.route(
			`${B}/room/${path}`,
			post(({ body }) =>
				withRoom(body.roomId, (room) => {
					if (body[field] !== 0 && body[field] !== 1) return invalid(field);
					(room as unknown as Json)[roomField] = body[field];
					return {};
				}),
			),
		);
	roomSwitch('updatefeedpublic', 'isFeedsPublic', 'is_feeds_public');
	roomSwitch('updatereplay', 'closeReplay', 'close_replay');
	roomSwitch('updatekf', 'closeKf', 'close_kf');
	roomSwitch('updatecomment', 'banComment', 'close_comment');

	// ---- assistants and the sub-anchor ----
	const assistantsOf = (roomId: number) => {
		if (!state.assistants.has(roomId)) state.assistants.set(roomId, []);
		return state.assistants.get(roomId)!;
	};
	server.route(
		`${B}/room/addassistant`,
		post(({ body }) =>
			withRoom(body.roomId, (room) => {
				const users = body.users as { username?: string; nickname?: string }[];
				if (!Array.isArray(users) || users.length === 0) return invalid('users');
				const list = assistantsOf(room.roomid);
				for (const user of users) {
					if (!user.username || !user.nickname) return invalid('users');
					if (list.some((entry) => entry.username === user.username))
						return { errcode: 600001, errmsg: 'user already added' };
				}
				if (list.length + users.length > MAX_ASSISTANTS) return invalid('users count');
				for (const user of users)
					list.push({ username: user.username!, nickname: user.nickname!, timestamp: seconds() });
				return {};
			}),
		),
	);
	server.route(
		`${B}/room/modifyassistant`,
		post(({ body }) =>
			withRoom(body.roomId, (room) => {
				const entry = assistantsOf(room.roomid).find((user) => user.username === body.username);
				if (!entry) return { errcode: 600002, errmsg: 'user not found' };
				entry.nickname = String(body.nickname);
				return {};
			}),
		),
	);
	server.route(
		`${B}/room/removeassistant`,
		post(({ body }) =>
			withRoom(body.roomId, (room) => {
				const list = assistantsOf(room.roomid);
				const index = list.findIndex((user) => user.username === body.username);
				if (index < 0) return { errcode: 600002, errmsg: 'user not found' };
				list.splice(index, 1);
				return {};
			}),
		),
	);
	server.route(
		`${B}/room/getassistantlist`,
		get(({ query }) =>
			withRoom(query.get('roomId'), (room) => {
				const list = assistantsOf(room.roomid).map((user) => ({
					timestamp: user.timestamp,
					headimg: 'http://wx.qlogo.cn/mmhead/fake/0',
					nickname: user.nickname,
					alias: user.username,
					openid: `o${user.username}`,
				}));
				return { list, count: list.length, maxCount: MAX_ASSISTANTS };
			}),
		),
	);
	const subAnchorProblem = (room: FakeLiveRoom, username: unknown): Json | undefined => {
		if (!username) return invalid('username');
		if (!state.verified.has(String(username)))
			return { errcode: 500002, errmsg: 'sub anchor no realname' };
		if (String(username) === String((room as unknown as Json).anchor_wechat ?? ''))
			return { errcode: 500005, errmsg: 'sub anchor same as anchor' };
		return undefined;
	};
	/** Add sets a sub-anchor where none is; modify replaces the one that is. */
	for (const [path, setAlready, refusal] of [
		['addsubanchor', false, { errcode: 500003, errmsg: 'sub anchor already set' }],
		['modifysubanchor', true, { errcode: 600002, errmsg: 'sub anchor not set' }],
	] as const)
		server.route(
			`${B}/room/${path}`,
			post(({ body }) =>
				withRoom(body.roomId, (room) => {
					if (state.subAnchors.has(room.roomid) !== setAlready) return { ...refusal };
					const problem = subAnchorProblem(room, body.username);
					if (problem) return problem;
					state.subAnchors.set(room.roomid, String(body.username));
					return {};
				}),
			),
		);
	server.route(
		`${B}/room/deletesubanchor`,
		post(({ body }) =>
			withRoom(body.roomId, (room) => {
				if (!state.subAnchors.delete(room.roomid))
					return { errcode: 600002, errmsg: 'sub anchor not set' };
				return {};
			}),
		),
	);
	server.route(
		`${B}/room/getsubanchor`,
		get(({ query }) =>
			withRoom(query.get('roomId'), (room) => ({
				username: state.subAnchors.get(room.roomid) ?? '',
			})),
		),
	);

	// ---- goods in a room ----
	const goodsOfRoom = (roomId: number) => {
		if (!state.roomGoods.has(roomId)) state.roomGoods.set(roomId, []);
		return state.roomGoods.get(roomId)!;
	};
	const withRoomGoods = (body: Json, handler: (room: FakeLiveRoom, goods: FakeRoomGoods) => Json) =>
		withRoom(body.roomId, (room) => {
			const goods = goodsOfRoom(room.roomid).find(
				(entry) => entry.goods_id === Number(body.goodsId),
			);
			return goods ? handler(room, goods) : { errcode: 300053, errmsg: 'goods not in room' };
		});
	server.route(
		`${B}/room/addgoods`,
		post(({ body }) =>
			withRoom(body.roomId, (room) => {
				const ids = body.ids;
				if (!Array.isArray(ids) || ids.length === 0) return invalid('ids');
				const inRoom = goodsOfRoom(room.roomid);
				for (const id of ids) {
					const goods = state.goods.get(Number(id));
					if (!goods) return { errcode: 300024, errmsg: `goods ${String(id)} not exist` };
					if (goods.auditStatus !== 2) return { errcode: 300025, errmsg: 'goods not approved' };
				}
				for (const id of ids) {
					if (inRoom.some((entry) => entry.goods_id === Number(id))) continue;
					const goods = state.goods.get(Number(id))!;
					inRoom.push({
						goods_id: goods.goodsId,
						name: goods.name,
						price: goods.price,
						price2: goods.price2,
						price_type: goods.priceType,
						url: goods.url,
						cover_img: `http://mmbiz.qpic.cn/${goods.coverImgUrl}`,
						on_sale: 1,
					});
				}
				room.goods = inRoom;
				return {};
			}),
		),
	);
	server.route(
		`${B}/goods/onsale`,
		post(({ body }) =>
			withRoomGoods(body, (_room, goods) => {
				if (body.onSale !== 0 && body.onSale !== 1) return invalid('onSale');
				goods.on_sale = body.onSale;
				return {};
			}),
		),
	);
	server.route(
		`${B}/goods/deleteInRoom`,
		post(({ body }) =>
			withRoomGoods(body, (room, goods) => {
				const list = goodsOfRoom(room.roomid);
				list.splice(list.indexOf(goods), 1);
				return {};
			}),
		),
	);
	server.route(
		`${B}/goods/push`,
		post(({ body }) =>
			withRoomGoods(body, (room, goods) => {
				if (goods.on_sale !== 1) return { errcode: 300052, errmsg: 'goods off sale' };
				state.goodsPushes.push({ roomId: room.roomid, goodsId: goods.goods_id });
				return {};
			}),
		),
	);
	server.route(
		`${B}/goods/sort`,
		post(({ body }) =>
			withRoom(body.roomId, (room) => {
				const order = body.goods as { goodsId?: unknown }[];
				if (!Array.isArray(order) || order.length === 0)
					return { errcode: 300050, errmsg: 'sort goods list empty' };
				const list = goodsOfRoom(room.roomid);
				const sorted: FakeRoomGoods[] = [];
				for (const entry of order) {
					if (typeof entry.goodsId !== 'string')
						return { errcode: 300051, errmsg: 'parse json error' };
					const goods = list.find((item) => item.goods_id === Number(entry.goodsId));
					if (!goods) return { errcode: 300053, errmsg: 'goods not in room' };
					sorted.push(goods);
				}
				list.splice(0, list.length, ...sorted, ...list.filter((goods) => !sorted.includes(goods)));
				return {};
			}),
		),
	);
	server.route(
		`${B}/goods/getVideo`,
		post(({ body }) =>
			withRoomGoods(body, (room, goods) => {
				const url = state.goodsVideos.get(`${room.roomid}:${goods.goods_id}`);
				return url ? { url } : { errcode: 300044, errmsg: 'goods has no video' };
			}),
		),
	);

	// ---- the goods library ----
	const priceProblem = (info: Json): Json | undefined => {
		const type = Number(info.priceType);
		const price = Number(info.price);
		const price2 = info.price2 === undefined ? undefined : Number(info.price2);
		const cents = (value: number) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6;
		if (![1, 2, 3].includes(type) || !(price > 0) || !cents(price))
			return { errcode: 300003, errmsg: 'price invalid' };
		if (type === 1) return undefined;
		if (price2 === undefined || !(price2 > 0) || !cents(price2))
			return { errcode: 300003, errmsg: 'price2 invalid' };
		if (type === 2 && !(price2 > price)) return { errcode: 300003, errmsg: 'price range invalid' };
		if (type === 3 && !(price2 < price))
			return { errcode: 300003, errmsg: 'discount price invalid' };
		return undefined;
	};
	const goodsProblem = (info: Json, fields: string[]): Json | undefined => {
		if (fields.includes('name')) {
			const nameWidth = width(String(info.name ?? ''));
			if (nameWidth < 6 || nameWidth > 28)
				return { errcode: 300002, errmsg: 'name length invalid' };
		}
		if (fields.includes('coverImgUrl') && !media.media.has(String(info.coverImgUrl)))
			return { errcode: 300006, errmsg: 'coverImgUrl media id invalid' };
		if (fields.includes('url') && !info.url)
			return { errcode: 200002, errmsg: 'url must not be empty' };
		if (fields.includes('price')) return priceProblem(info);
		return undefined;
	};
	const useAudit = (): Json | undefined => {
		if (state.auditsToday >= MAX_AUDITS_PER_DAY)
			return { errcode: 300012, errmsg: 'no audit quota' };
		state.auditsToday++;
		return undefined;
	};
	const withGoods = (id: unknown, handler: (goods: FakeLibraryGoods) => Json): Json => {
		const goods = state.goods.get(Number(id));
		return goods ? handler(goods) : { errcode: 300022, errmsg: 'goods not exist' };
	};
	server.route(
		`${B}/goods/add`,
		post(({ body }) => {
			const info = body.goodsInfo as Json | undefined;
			if (!info || typeof info !== 'object')
				return { errcode: 200002, errmsg: 'goodsInfo must not be empty' };
			const problem = goodsProblem(info, ['name', 'coverImgUrl', 'url', 'price']) ?? useAudit();
			if (problem) return problem;
			const goods: FakeLibraryGoods = {
				goodsId: nextGoodsId++,
				auditId: nextAuditId++,
				auditStatus: 1,
				name: String(info.name),
				coverImgUrl: String(info.coverImgUrl),
				priceType: Number(info.priceType),
				price: Number(info.price),
				price2: info.price2 === undefined ? undefined : Number(info.price2),
				url: String(info.url),
				thirdPartyAppid: info.thirdPartyAppid as string | undefined,
			};
			state.goods.set(goods.goodsId, goods);
			return { goodsId: goods.goodsId, auditId: goods.auditId };
		}),
	);
	server.route(
		`${B}/goods/resetaudit`,
		post(({ body }) =>
			withGoods(body.goodsId, (goods) => {
				if (goods.auditStatus !== 1 || goods.auditId !== Number(body.auditId))
					return { errcode: 300009, errmsg: "goods is not auditing, can't reset review" };
				goods.auditStatus = 0;
				return {};
			}),
		),
	);
	server.route(
		`${B}/goods/audit`,
		post(({ body }) =>
			withGoods(body.goodsId, (goods) => {
				if (goods.auditStatus !== 0)
					return { errcode: 300010, errmsg: 'goods auditStatus can not submit audit' };
				const quota = useAudit();
				if (quota) return quota;
				goods.auditStatus = 1;
				goods.auditId = nextAuditId++;
				return { auditId: goods.auditId };
			}),
		),
	);
	server.route(
		`${B}/goods/update`,
		post(({ body }) => {
			const info = body.goodsInfo as Json | undefined;
			if (!info || typeof info !== 'object')
				return { errcode: 200002, errmsg: 'goodsInfo must not be empty' };
			return withGoods(info.goodsId, (goods) => {
				if (goods.auditStatus === 1) return { errcode: 300010, errmsg: 'goods is auditing' };
				const given = Object.keys(info).filter((key) => key !== 'goodsId');
				if (
					goods.auditStatus === 2 &&
					given.some((key) => !['priceType', 'price', 'price2'].includes(key))
				)
					return { errcode: 300010, errmsg: 'approved goods only allow price update' };
				const merged = { ...goods, ...info };
				const problem = goodsProblem(merged, given.includes('price') ? [...given] : given);
				if (problem) return problem;
				Object.assign(goods, info);
				return {};
			});
		}),
	);
	server.route(
		`${B}/goods/delete`,
		post(({ body }) =>
			withGoods(body.goodsId, (goods) => {
				if (goods.auditStatus === 1) return { errcode: 300014, errmsg: 'goods is auditing' };
				state.goods.delete(goods.goodsId);
				for (const list of state.roomGoods.values()) {
					const index = list.findIndex((entry) => entry.goods_id === goods.goodsId);
					if (index >= 0) list.splice(index, 1);
				}
				return {};
			}),
		),
	);
	server.route(
		`${B}/goods/getapproved`,
		get(({ query }) => {
			const status = Number(query.get('status'));
			const offset = Number(query.get('offset') ?? 0);
			const limit = Number(query.get('limit') ?? 30);
			if (![0, 1, 2, 3].includes(status) || query.get('status') === null) return invalid('status');
			if (!isPage(offset, limit, MAX_GOODS_PAGE)) return invalid('offset or limit');
			const matching = [...state.goods.values()].filter((goods) => goods.auditStatus === status);
			return {
				goods: matching.slice(offset, offset + limit).map((goods) => ({
					goodsId: goods.goodsId,
					coverImgUrl: `http://mmbiz.qpic.cn/${goods.coverImgUrl}`,
					name: goods.name,
					price: goods.price,
					price2: goods.price2 ?? 0,
					priceType: goods.priceType,
					url: goods.url,
					thirdPartyAppid: goods.thirdPartyAppid ?? '',
					thirdPartyTag: 0,
				})),
				total: matching.length,
			};
		}),
	);
	server.route(
		'/wxa/business/getgoodswarehouse',
		post(({ body }) => {
			const ids = body.goods_ids;
			if (!Array.isArray(ids) || ids.length === 0) return invalid('goods_ids');
			const goods = ids
				.map((id) => state.goods.get(Number(id)))
				.filter((entry): entry is FakeLibraryGoods => entry !== undefined)
				.map((entry) => ({
					goods_id: entry.goodsId,
					cover_img_url: `http://mmbiz.qpic.cn/${entry.coverImgUrl}`,
					name: entry.name,
					audit_status: entry.auditStatus,
					price: entry.price,
					price2: entry.price2 ?? 0,
					price_type: entry.priceType,
					url: entry.url,
					third_party_tag: 0,
				}));
			return { goods, total: goods.length };
		}),
	);

	// ---- roles ----
	server.route(
		`${B}/role/addrole`,
		post(({ body }) => {
			const username = String(body.username ?? '');
			const role = Number(body.role);
			if (!username) return { errcode: 400001, errmsg: 'username invalid' };
			if (![1, 2, 3].includes(role)) return invalid('role');
			if (role === 2 && !state.verified.has(username))
				return {
					errcode: 400002,
					errmsg: 'need realname',
					codeurl: 'https://res.wx.qq.com/op_res/realname-check',
				};
			let member = state.members.find((entry) => entry.username === username);
			if (member?.roleList.includes(role)) return { errcode: 400004, errmsg: 'role already added' };
			if (!member) {
				member = {
					username,
					nickname: username,
					openid: `o${username}`,
					roleList: [],
					updateTimestamp: '',
				};
				state.members.push(member);
			}
			member.roleList.push(role);
			member.updateTimestamp = String(seconds());
			return {};
		}),
	);
	server.route(
		`${B}/role/deleterole`,
		post(({ body }) => {
			const member = state.members.find((entry) => entry.username === String(body.username));
			const role = Number(body.role);
			if (!member || !member.roleList.includes(role))
				return { errcode: 400001, errmsg: 'username invalid' };
			member.roleList = member.roleList.filter((entry) => entry !== role);
			if (member.roleList.length === 0) state.members.splice(state.members.indexOf(member), 1);
			return {};
		}),
	);
	server.route(
		`${B}/role/getrolelist`,
		get(({ query }) => {
			const role = Number(query.get('role') ?? -1);
			const offset = Number(query.get('offset') ?? 0);
			const limit = Number(query.get('limit') ?? 10);
			const keyword = query.get('keyword') ?? '';
			if (![-1, 0, 1, 2, 3].includes(role))
				return { errcode: 200002, errmsg: 'role invalid, role must be -1 or 0 or 1 or 2 or 3' };
			if (!isPage(offset, limit, MAX_ROLE_PAGE)) return invalid('offset or limit');
			const matching = state.members.filter(
				(member) =>
					(role === -1 || member.roleList.includes(role)) &&
					(!keyword || member.username.includes(keyword) || member.nickname.includes(keyword)),
			);
			return {
				total: matching.length,
				list: matching.slice(offset, offset + limit).map((member) => ({
					headingimg: 'http://wx.qlogo.cn/mmhead/fake/0',
					nickname: member.nickname,
					openid: member.openid,
					roleList: member.roleList,
					updateTimestamp: member.updateTimestamp,
					// WeChat masks the WeChat ID in this list.
					username: `${member.username.slice(0, 2)}****${member.username.slice(-2)}`,
				})),
			};
		}),
	);

	return state;
}

/** Adds approved goods straight to the library (the admin console's audit is not simulated). */
export function addApprovedGoods(
	state: FakeBroadcastState,
	count: number,
	firstId = 1,
	auditStatus = 2,
): FakeLibraryGoods[] {
	return Array.from({ length: count }, (_, index) => {
		const goods: FakeLibraryGoods = {
			goodsId: firstId + index,
			auditId: 900000 + firstId + index,
			auditStatus,
			name: `Goods ${firstId + index} 茶杯`,
			coverImgUrl: `MEDIA_seeded_${firstId + index}`,
			priceType: 1,
			price: 9.9 + index,
			url: `pages/goods/detail?sku=${firstId + index}`,
		};
		state.goods.set(goods.goodsId, goods);
		return goods;
	});
}

/** WeChat's audit passing: goods in audit become approved. */
export function approveGoods(state: FakeBroadcastState, goodsId: number): void {
	const goods = state.goods.get(goodsId);
	if (goods) goods.auditStatus = 2;
}

/** Image bytes that differ per room: a PNG signature and bytes that are not valid UTF-8. */
export function shareCodePng(roomId: number): Buffer {
	const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	return Buffer.concat([
		signature,
		Buffer.from([0xff, 0xfe, roomId & 0xff, (roomId >> 8) & 0xff]),
		Buffer.from(`room ${roomId}`),
	]);
}
