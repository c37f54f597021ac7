import type { FakeWeChatServer, Json, RouteRequest } from './server';

/**
 * Order shipping management (/wxa/sec/order/*, the famous-brand and trade-type applications and
 * the carrier list), with WeChat's documented error codes and rules: one re-shipment per paid
 * order, `upload_time` rising per order, `shipping_list` an array (an object answers 47001), up
 * to 15 parcels, split delivery only by express, a contact for SF Express, one receipt reminder
 * per order. Written from WeChat's docs, independently of the node's own checks.
 *
 * Events are pushed on the injected clock: `trade_manage_remind_access_api` when the first order
 * is paid, `trade_manage_order_settlement` when an order is shipped and again when it is settled,
 * and `trade_manage_remind_shipping` (from `tick()`) for orders unshipped 48 hours after payment.
 * `tick()` also confirms receipt automatically `autoConfirmDays` after shipping and settles.
 */
export type FakeOrderState = 'unpaid' | 'paid' | 'shipped' | 'confirmed' | 'settled';

/** WeChat's order_state numbers (1 to ship, 2 shipped, 3 receipt confirmed, 4 completed). */
export const ORDER_STATE_NUMBERS: Record<Exclude<FakeOrderState, 'unpaid'>, number> = {
	paid: 1,
	shipped: 2,
	confirmed: 3,
	settled: 4,
};

export interface FakeParcel {
	tracking_no?: string;
	express_company?: string;
	item_desc: string;
	contact?: { consignor_contact?: string; receiver_contact?: string };
	/** Seconds. */
	upload_time: number;
}

export interface FakeOrder {
	transactionId: string;
	mchid: string;
	outTradeNo: string;
	openid: string;
	description: string;
	paidAmount: number;
	/** Seconds. */
	tradeCreateTime: number;
	payTime: number;
	state: FakeOrderState;
	shipping?: {
		delivery_mode: number;
		logistics_type: number;
		finish_shipping: boolean;
		finish_shipping_count: number;
		shipping_list: FakeParcel[];
	};
	/** The last accepted upload_time, in ms (the next one must be later). */
	lastUploadMs?: number;
	/** Seconds, when every parcel was recorded. */
	shippedTime?: number;
	reminded?: { receivedTime: number };
	remindedShipping?: boolean;
	/** The one re-shipment WeChat allows has been used. */
	reshipped?: boolean;
	confirmReceiveTime?: number;
	settlementTime?: number;
}

export interface FakeShippingState {
	orders: FakeOrder[];
	/** Every accepted upload, in the order WeChat recorded them. */
	uploads: { transactionId: string; body: Json; at: number }[];
	jumpPath?: string;
	tradeManaged: boolean;
	confirmationCompleted: boolean;
	specialOrders: { orderId: string; type: number; delayTo?: number }[];
	brandApplication?: { apply_for: number; status: number; audit_reason?: string };
	tradeTypeApplication?: Json;
	carriers: { delivery_id: string; delivery_name: string }[];
	/** Every event pushed, in order. */
	pushed: Json[];
	/** Each upload is held this long inside WeChat (0 by default), so concurrency can be seen. */
	uploadHoldMs: number;
	uploadsInFlight: number;
	maxUploadsInFlight: number;
	/** Days after shipping when WeChat confirms receipt itself. */
	autoConfirmDays: number;
	/** Pushes the events whose time has come on the clock (reminders, automatic receipt, settlement). */
	tick(): void;
	/** The buyer confirms receipt in WeChat; the order is then settled. */
	confirmReceipt(transactionId: string): void;
	/** The buyer pays an unpaid order. */
	pay(transactionId: string): void;
}

export interface ShippingRouteOptions {
	/** The clock (epoch ms) every time the routes record and every event is pushed on. */
	now?: () => number;
	/** Where the events go (a message push to the trigger's URL); they are kept in `pushed` too. */
	push?: (event: Json) => void | Promise<void>;
}

export const SHIPPING_PATHS = {
	upload: '/wxa/sec/order/upload_shipping_info',
	uploadCombined: '/wxa/sec/order/upload_combined_shipping_info',
	getOrder: '/wxa/sec/order/get_order',
	getOrderList: '/wxa/sec/order/get_order_list',
	notifyConfirmReceive: '/wxa/sec/order/notify_confirm_receive',
	setMsgJumpPath: '/wxa/sec/order/set_msg_jump_path',
	isTradeManaged: '/wxa/sec/order/is_trade_managed',
	isConfirmationCompleted: '/wxa/sec/order/is_trade_management_confirmation_completed',
	opSpecialOrder: '/wxa/sec/order/opspecialorder',
	setTradeType: '/wxa/sec/order/setwxatradetypecgi',
	brandApply: '/wxa/sec/famousbrand/apply',
	brandStatus: '/wxa/sec/famousbrand/get_status',
	deliveryList: '/cgi-bin/express/delivery/open_msg/get_delivery_list',
} as const;

export const MAX_PARCELS = 15;
const REMIND_SHIPPING_AFTER_S = 48 * 3600;
const DAY_S = 86400;
const POST_ONLY = { errcode: 43002, errmsg: 'require POST method' };
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
/** Masked: some digits replaced by `*`, the last four digits shown. */
const MASKED_CONTACT = /^[\d+\-*]*\*[\d+\-*]*\d{4}(-\d+)?$/;

const err = (errcode: number, errmsg: string): Json => ({ errcode, errmsg });

export const DEFAULT_CARRIERS = [
	{ delivery_id: 'SF', delivery_name: '顺丰速运' },
	{ delivery_id: 'YTO', delivery_name: '圆通速递' },
	{ delivery_id: 'ZTO', delivery_name: '中通快递' },
	{ delivery_id: 'STO', delivery_name: '申通快递' },
	{ delivery_id: 'JD', delivery_name: '京东物流' },
];

export function addShippingRoutes(
	server: FakeWeChatServer,
	options: ShippingRouteOptions = {},
): FakeShippingState {
	const now = options.now ?? Date.now;
	const seconds = () => Math.floor(now() / 1000);

	const push = (event: string, fields: Json) => {
		const message: Json = {
			ToUserName: 'gh_123456789abc',
			FromUserName: 'o_system_trade_manage',
			CreateTime: seconds(),
			MsgType: 'event',
			Event: event,
			...fields,
		};
		state.pushed.push(message);
		void options.push?.(message);
	};
	const orderFields = (order: FakeOrder): Json => ({
		transaction_id: order.transactionId,
		merchant_id: order.mchid,
		sub_merchant_id: '',
		merchant_trade_no: order.outTradeNo,
		pay_time: order.payTime,
	});
	const settle = (order: FakeOrder, method: 1 | 2) => {
		order.state = 'settled';
		order.confirmReceiveTime = seconds();
		order.settlementTime = seconds();
		push('trade_manage_order_settlement', {
			...orderFields(order),
			shipped_time: order.shippedTime,
			confirm_receive_method: method,
			confirm_receive_time: order.confirmReceiveTime,
			settlement_time: order.settlementTime,
		});
	};

	const state: FakeShippingState = {
		orders: [],
		uploads: [],
		tradeManaged: true,
		confirmationCompleted: true,
		specialOrders: [],
		carriers: DEFAULT_CARRIERS.map((carrier) => ({ ...carrier })),
		pushed: [],
		uploadHoldMs: 0,
		uploadsInFlight: 0,
		maxUploadsInFlight: 0,
		autoConfirmDays: 10,
		tick() {
			const at = seconds();
			for (const order of state.orders) {
				if (
					order.state === 'paid' &&
					!order.remindedShipping &&
					at - order.payTime >= REMIND_SHIPPING_AFTER_S
				) {
					order.remindedShipping = true;
					push('trade_manage_remind_shipping', {
						...orderFields(order),
						msg: '你的订单已超过48小时未发货，请尽快录入发货信息',
					});
				}
				if (
					order.state === 'shipped' &&
					order.shippedTime !== undefined &&
					at - order.shippedTime >= state.autoConfirmDays * DAY_S
				)
					settle(order, 1);
			}
		},
		confirmReceipt(transactionId) {
			const order = state.orders.find((o) => o.transactionId === transactionId);
			if (order?.state === 'shipped') settle(order, 2);
		},
		pay(transactionId) {
			const order = state.orders.find((o) => o.transactionId === transactionId);
			if (order?.state !== 'unpaid') return;
			const firstTrade = state.orders.every((other) => other.state === 'unpaid');
			order.state = 'paid';
			order.payTime = seconds();
			if (firstTrade)
				push('trade_manage_remind_access_api', {
					msg: '你已开通小程序发货信息管理服务，请尽快接入发货信息录入接口',
				});
		},
	};
	const route = (path: string, handler: (request: RouteRequest) => Json | Promise<Json>) =>
		server.route(path, async (request) =>
			request.method !== 'POST' ? POST_ONLY : await handler(request),
		);

	/** The order a get_order style body names: transaction_id, or merchant_id + merchant_trade_no. */
	const findByQuery = (body: Json): FakeOrder | Json => {
		const transactionId = text(body.transaction_id);
		const merchantId = text(body.merchant_id);
		const tradeNo = text(body.merchant_trade_no);
		if (!transactionId && !(merchantId && tradeNo))
			return err(10060014, 'invalid param: transaction_id or merchant_id + merchant_trade_no');
		const order = state.orders.find((o) =>
			transactionId
				? o.transactionId === transactionId
				: o.mchid === merchantId && o.outTradeNo === tradeNo,
		);
		return order && order.state !== 'unpaid' ? order : err(10060001, '支付单不存在');
	};

	/** The order an upload's order_key names, or the documented error. */
	const findByKey = (key: unknown): FakeOrder | Json => {
		if (!isObject(key)) return err(268485194, 'order_number_type invalid');
		const type = key.order_number_type;
		let order: FakeOrder | undefined;
		if (type === 2) {
			if (!text(key.transaction_id)) return err(268485195, 'transaction_id is empty');
			order = state.orders.find((o) => o.transactionId === key.transaction_id);
		} else if (type === 1) {
			if (!text(key.mchid)) return err(268485196, 'mchid is empty');
			if (!text(key.out_trade_no)) return err(268485197, 'out_trade_no is empty');
			order = state.orders.find((o) => o.mchid === key.mchid && o.outTradeNo === key.out_trade_no);
		} else return err(268485194, 'order_number_type invalid');
		return order ?? err(10060001, '支付单不存在');
	};

	/** Checks one order's shipping and records it; `upload_time` is the request's. */
	const shipOne = (order: FakeOrder, shipping: Json, uploadMs: number, openid: string): Json => {
		const logisticsType = shipping.logistics_type;
		if (![1, 2, 3, 4].includes(logisticsType as number))
			return err(10060005, 'logistics_type invalid');
		const mode = deliveryMode(shipping.delivery_mode);
		if (mode === undefined) return err(268485224, 'delivery_mode invalid');
		const list = shipping.shipping_list;
		if (!Array.isArray(list)) return err(47001, 'data format error');
		if (list.length === 0) return err(10060014, 'invalid param: shipping_list is empty');
		if (list.length > MAX_PARCELS) return err(10060024, 'shipping_list too long');
		if (mode === 1 && list.length !== 1)
			return err(268485228, 'shipping_list length must be 1 in UNIFIED_DELIVERY');
		if (mode === 2 && logisticsType !== 1)
			return err(10060006, 'SPLIT_DELIVERY is only allowed for express');
		if (mode === 2 && typeof shipping.is_all_delivered !== 'boolean')
			return err(10060007, 'is_all_delivered is required in SPLIT_DELIVERY');
		for (const parcel of list) {
			const problem = parcelProblem(parcel, logisticsType as number);
			if (problem) return problem;
		}
		if (order.openid !== openid) return err(10060031, 'order does not belong to openid');
		if (order.state === 'unpaid') return err(10060004, '支付单处于不可发货的状态');
		if (order.state === 'confirmed' || order.state === 'settled')
			return err(10060002, '支付单已完成发货，无法继续发货');
		if (order.lastUploadMs !== undefined && uploadMs <= order.lastUploadMs)
			return err(10060014, 'invalid param: upload_time must be later than the previous upload');
		const previous = order.shipping;
		const changesMode =
			previous !== undefined &&
			(previous.delivery_mode !== mode || previous.logistics_type !== logisticsType);
		const reshipment = order.state === 'shipped' || changesMode;
		if (reshipment && order.reshipped) return err(10060003, '支付单已使用重新发货机会');
		const finished = mode === 1 || shipping.is_all_delivered === true;
		const uploadSeconds = Math.floor(uploadMs / 1000);
		const parcels: FakeParcel[] = (list as Json[]).map((parcel) => ({
			...(parcel as unknown as FakeParcel),
			upload_time: uploadSeconds,
		}));
		const count = previous?.finish_shipping_count ?? 0;
		order.shipping = {
			delivery_mode: mode,
			logistics_type: logisticsType as number,
			finish_shipping: finished,
			finish_shipping_count: finished ? (reshipment ? 2 : 1) : count,
			// A re-shipment replaces the parcels; a further split parcel adds to them.
			shipping_list: reshipment || !previous ? parcels : [...previous.shipping_list, ...parcels],
		};
		order.lastUploadMs = uploadMs;
		if (reshipment) order.reshipped = true;
		if (finished && order.state === 'paid') {
			order.state = 'shipped';
			order.shippedTime = seconds();
			push('trade_manage_order_settlement', {
				...orderFields(order),
				shipped_time: order.shippedTime,
				estimated_settlement_time: order.shippedTime + state.autoConfirmDays * DAY_S,
			});
		}
		return {};
	};

	const uploadTime = (body: Json): number | Json => {
		const value = body.upload_time;
		if (typeof value !== 'string' || !RFC3339.test(value) || Number.isNaN(Date.parse(value)))
			return err(268485216, 'upload_time invalid, must be RFC 3339');
		return Date.parse(value);
	};
	const payerOpenid = (body: Json): string | Json => {
		const openid = isObject(body.payer) ? text(body.payer.openid) : '';
		return openid || err(10060014, 'invalid param: payer.openid is empty');
	};

	const holdUpload = async <T>(work: () => T): Promise<T> => {
		state.uploadsInFlight += 1;
		state.maxUploadsInFlight = Math.max(state.maxUploadsInFlight, state.uploadsInFlight);
		try {
			if (state.uploadHoldMs > 0)
				await new Promise((resolve) => setTimeout(resolve, state.uploadHoldMs));
			return work();
		} finally {
			state.uploadsInFlight -= 1;
		}
	};

	route(
		SHIPPING_PATHS.upload,
		async ({ body }) =>
			await holdUpload(() => {
				const order = findByKey(body.order_key);
				if (!isOrder(order)) return order;
				const at = uploadTime(body);
				if (typeof at !== 'number') return at;
				const openid = payerOpenid(body);
				if (typeof openid !== 'string') return openid;
				const answer = shipOne(order, body, at, openid);
				if (!answer.errcode)
					state.uploads.push({ transactionId: order.transactionId, body, at: now() });
				return answer;
			}),
	);

	route(
		SHIPPING_PATHS.uploadCombined,
		async ({ body }) =>
			await holdUpload(() => {
				const parent = body.order_key;
				if (!isObject(parent)) return err(268485194, 'order_number_type invalid');
				const subOrders = body.sub_orders;
				if (!Array.isArray(subOrders) || subOrders.length === 0)
					return err(10060014, 'invalid param: sub_orders is empty');
				const at = uploadTime(body);
				if (typeof at !== 'number') return at;
				const openid = payerOpenid(body);
				if (typeof openid !== 'string') return openid;
				const seen = new Set<string>();
				const orders: FakeOrder[] = [];
				for (const sub of subOrders as Json[]) {
					const key = isObject(sub) ? sub.order_key : undefined;
					if (!isObject(key) || key.order_number_type !== parent.order_number_type)
						return err(268485253, 'sub order order_number_type differs from the combined order');
					const id = JSON.stringify([key.transaction_id, key.mchid, key.out_trade_no]);
					if (seen.has(id)) return err(10060013, 'duplicate sub order');
					seen.add(id);
					const order = findByKey(key);
					if (!isOrder(order)) return order;
					orders.push(order);
				}
				// All or nothing: each sub-order is checked on a copy before any is recorded.
				for (const [index, order] of orders.entries()) {
					const copy = structuredClone(order);
					const answer = shipOne(copy, subOrders[index] as Json, at, openid);
					if (answer.errcode) return answer;
				}
				for (const [index, order] of orders.entries()) {
					shipOne(order, subOrders[index] as Json, at, openid);
					state.uploads.push({ transactionId: order.transactionId, body, at: now() });
				}
				return {};
			}),
	);

	route(SHIPPING_PATHS.getOrder, ({ body }) => {
		const order = findByQuery(body);
		return isOrder(order) ? { order: orderJson(order) } : order;
	});

	route(SHIPPING_PATHS.getOrderList, ({ body }) => {
		const range = isObject(body.pay_time_range) ? body.pay_time_range : {};
		const begin = range.begin_time === undefined ? 0 : Number(range.begin_time);
		const end = range.end_time === undefined ? 0xffffffff : Number(range.end_time);
		const pageSize = body.page_size === undefined ? 100 : Number(body.page_size);
		if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100)
			return err(10060014, 'invalid param: page_size');
		let start = 0;
		if (body.last_index !== undefined && body.last_index !== '') {
			start = parseLastIndex(body.last_index);
			if (start < 0) return err(10060011, 'last_index invalid');
		}
		const matching = state.orders
			.filter((order) => order.state !== 'unpaid')
			.filter((order) => order.payTime >= begin && order.payTime <= end)
			.filter(
				(order) =>
					body.order_state === undefined ||
					ORDER_STATE_NUMBERS[order.state as keyof typeof ORDER_STATE_NUMBERS] ===
						Number(body.order_state),
			)
			.filter((order) => !text(body.openid) || order.openid === body.openid)
			.sort((a, b) => a.payTime - b.payTime || a.transactionId.localeCompare(b.transactionId));
		const page = matching.slice(start, start + pageSize);
		const next = start + page.length;
		return {
			order_list: page.map(orderJson),
			last_index: lastIndexOf(next),
			has_more: next < matching.length,
		};
	});

	route(SHIPPING_PATHS.notifyConfirmReceive, ({ body }) => {
		const order = findByQuery(body);
		if (!isOrder(order)) return order;
		const received = Number(body.received_time);
		if (body.received_time === undefined || !Number.isInteger(received))
			return err(10060014, 'invalid param: received_time');
		if (order.state !== 'shipped') return err(10060028, '支付单不是已发货状态');
		if (order.shipping?.logistics_type !== 1)
			return err(10060032, '只有物流快递发货时允许提醒用户确认收货');
		if (order.reminded) return err(10060030, '支付单已使用提醒收货机会');
		if (received < (order.shippedTime ?? 0)) return err(10060029, '签收时间非法');
		order.reminded = { receivedTime: received };
		return {};
	});

	route(SHIPPING_PATHS.setMsgJumpPath, ({ body }) => {
		if (typeof body.path !== 'string') return err(47001, 'data format error');
		state.jumpPath = body.path;
		return {};
	});

	const ownAccountCheck = (body: Json, appId: string): Json | undefined => {
		if (!text(body.appid)) return err(40097, 'invalid args: appid');
		if (body.appid !== appId) return err(40013, 'invalid appid');
		return undefined;
	};
	route(
		SHIPPING_PATHS.isTradeManaged,
		({ body, appId }) => ownAccountCheck(body, appId) ?? { is_trade_managed: state.tradeManaged },
	);
	route(
		SHIPPING_PATHS.isConfirmationCompleted,
		({ body, appId }) => ownAccountCheck(body, appId) ?? { completed: state.confirmationCompleted },
	);

	route(SHIPPING_PATHS.opSpecialOrder, ({ body }) => {
		const type = body.type;
		if (type !== 1 && type !== 2) return err(268546000, 'type invalid');
		const orderId = text(body.order_id);
		const order = state.orders.find(
			(o) => o.state === 'paid' && (o.transactionId === orderId || o.outTradeNo === orderId),
		);
		if (!order) return err(268546002, 'order not exist or not waiting for shipment');
		const delayTo = Number(body.delay_to);
		if (
			type === 1 &&
			(!Number.isInteger(delayTo) ||
				delayTo < order.payTime + 15 * DAY_S ||
				delayTo > order.payTime + 330 * DAY_S)
		)
			return err(268546001, 'delay_to invalid');
		state.specialOrders.push({ orderId, type, delayTo: type === 1 ? delayTo : undefined });
		return {};
	});

	route(SHIPPING_PATHS.brandApply, ({ body }) => {
		const application = body.Application;
		if (!isObject(application) || ![1, 2].includes(application.apply_for as number))
			return err(10210001, '参数错误');
		const info = application.audit_info;
		if (application.apply_for === 1) {
			if (!isObject(info) || !text(info.brand_name)) return err(10210001, '参数错误');
			const type = Number(info.brand_type);
			if (!Number.isInteger(type) || type < 1 || type > 8) return err(10210001, '参数错误');
			if (
				type === 4 &&
				(!text(info.flagship_in_which_ec_platform) || !isList(info.ec_platform_proof_list))
			)
				return err(10210001, '参数错误');
			if (type === 7 && !isList(info.authority_certified_proof_list))
				return err(10210001, '参数错误');
		}
		if (state.brandApplication?.status === 1 || state.brandApplication?.status === 3)
			return err(10210002, '状态错误');
		state.brandApplication = { apply_for: application.apply_for as number, status: 1 };
		return {};
	});

	route(SHIPPING_PATHS.brandStatus, ({ rawBody }) => {
		if (rawBody.length === 0) return err(44002, 'empty post data');
		const application = state.brandApplication;
		if (!application) return err(10210002, '状态错误');
		return {
			progress: { status: application.status },
			application: {
				apply_for: application.apply_for,
				status: application.status,
				audit_info: { audit_reason: application.audit_reason ?? '' },
			},
		};
	});

	route(SHIPPING_PATHS.setTradeType, ({ body }) => {
		const type = body.trade_type;
		const materials = body.material_list;
		if (![1, 2, 3, 4].includes(type as number)) return err(47003, 'argument invalid! trade_type');
		if (!Array.isArray(materials) || materials.length === 0 || materials.length > 10)
			return err(47003, 'argument invalid! material_list');
		const videos = (materials as Json[]).filter((material) => material?.type === 2).length;
		if (videos > 3) return err(47003, 'argument invalid! material_list: at most 3 videos');
		if (!(materials as Json[]).every((m) => [1, 2].includes(m?.type as number) && text(m.media_id)))
			return err(47003, 'argument invalid! material_list');
		if (!text(body.reason)) return err(47003, 'argument invalid! reason');
		if (state.tradeTypeApplication) return err(268486048, '重复申请');
		state.tradeTypeApplication = body;
		return {};
	});

	server.route(SHIPPING_PATHS.deliveryList, ({ method, rawBody }) => {
		if (method !== 'POST') return POST_ONLY;
		// The doc says no body, but WeChat wants `{}`.
		if (rawBody.length === 0) return err(44002, 'empty post data');
		return { delivery_list: state.carriers, count: state.carriers.length };
	});

	return state;
}

/** Paid, unshipped orders of the demo (transactionIdOf(0..), one a day over the last days). */
export const DEMO_ORDER_COUNT = 8;

/** The demo's shipping management: DEMO_ORDER_COUNT paid orders, one a day, the oldest 8 days old. */
export function seedDemoShipping(server: FakeWeChatServer): FakeShippingState {
	const shipping = addShippingRoutes(server);
	const now = Math.floor(Date.now() / 1000);
	makeOrders(shipping, DEMO_ORDER_COUNT).forEach((order, index) => {
		order.payTime = now - (DEMO_ORDER_COUNT - index) * 86400 + 3600;
		order.tradeCreateTime = order.payTime - 5;
	});
	// Orders 2 and 3 are the sub-orders of combined payment 1: one payer.
	for (const index of [2, 3]) shipping.orders[index].openid = shipping.orders[1].openid;
	return shipping;
}

/** Adds a paid order (or `state` given) and returns it; times in seconds of `now`. */
export function addOrder(
	state: FakeShippingState,
	order: Partial<FakeOrder> & { transactionId: string },
	now: () => number = Date.now,
): FakeOrder {
	const at = Math.floor(now() / 1000);
	const full: FakeOrder = {
		mchid: '1230000109',
		outTradeNo: `out-${order.transactionId}`,
		openid: 'oBuyer0001',
		description: '微信气泡狗集线器*1',
		paidAmount: 9900,
		tradeCreateTime: at,
		payTime: at,
		state: 'paid',
		...order,
	};
	state.orders.push(full);
	return full;
}

/** `count` paid orders, transaction ids 4200000000000000000 + index, one paid every minute before `now`. */
export function makeOrders(
	state: FakeShippingState,
	count: number,
	now: () => number = Date.now,
): FakeOrder[] {
	const base = Math.floor(now() / 1000) - count * 60;
	return Array.from({ length: count }, (_, index) =>
		addOrder(state, {
			transactionId: transactionIdOf(index),
			outTradeNo: `SO${String(index).padStart(8, '0')}`,
			openid: `oBuyer${String(index % 100).padStart(4, '0')}`,
			payTime: base + index * 60,
			tradeCreateTime: base + index * 60 - 5,
		}),
	);
}

export function transactionIdOf(index: number): string {
	return (4200000000000000000n + BigInt(index)).toString();
}

function orderJson(order: FakeOrder): Json {
	return {
		transaction_id: order.transactionId,
		merchant_id: order.mchid,
		sub_merchant_id: '',
		merchant_trade_no: order.outTradeNo,
		description: order.description,
		paid_amount: order.paidAmount,
		openid: order.openid,
		trade_create_time: order.tradeCreateTime,
		pay_time: order.payTime,
		order_state: ORDER_STATE_NUMBERS[order.state as keyof typeof ORDER_STATE_NUMBERS],
		in_complaint: false,
		shipping: order.shipping
			? {
					delivery_mode: order.shipping.delivery_mode,
					logistics_type: order.shipping.logistics_type,
					finish_shipping: order.shipping.finish_shipping,
					finish_shipping_count: order.shipping.finish_shipping_count,
					goods_desc: order.shipping.shipping_list.map((p) => p.item_desc).join(';'),
					shipping_list: order.shipping.shipping_list.map((parcel) => ({
						tracking_no: parcel.tracking_no ?? '',
						express_company: parcel.express_company ?? '',
						goods_desc: parcel.item_desc,
						upload_time: parcel.upload_time,
						contact: parcel.contact ?? {},
					})),
				}
			: {},
	};
}

function parcelProblem(parcel: unknown, logisticsType: number): Json | undefined {
	if (!isObject(parcel)) return err(47001, 'data format error');
	const desc = parcel.item_desc;
	if (typeof desc !== 'string' || desc === '') return err(10060008, 'item_desc is empty');
	if ([...desc].length > 120) return err(10060009, 'item_desc too long');
	if (logisticsType !== 1) return undefined;
	const tracking = text(parcel.tracking_no);
	const company = text(parcel.express_company);
	if (!tracking) return err(268485226, 'tracking_no is empty');
	if (!company) return err(268485227, 'express_company is empty');
	if (tracking.length > 128) return err(10060026, 'tracking_no too long');
	if (company.length > 128) return err(10060025, 'express_company too long');
	if (company === 'SF') {
		const contact = isObject(parcel.contact) ? parcel.contact : {};
		const given = [text(contact.consignor_contact), text(contact.receiver_contact)].filter(Boolean);
		if (given.length === 0)
			return err(10060014, 'invalid param: contact is required for SF express');
		if (!given.every((value) => MASKED_CONTACT.test(value)))
			return err(10060014, 'invalid param: contact must be masked, last 4 digits shown');
	}
	return undefined;
}

function deliveryMode(value: unknown): number | undefined {
	if (value === 1 || value === 'UNIFIED_DELIVERY') return 1;
	if (value === 2 || value === 'SPLIT_DELIVERY') return 2;
	return undefined;
}

/** last_index looks like WeChat's (hex) but encodes an offset. */
function lastIndexOf(offset: number): string {
	return `09${offset.toString(16).padStart(8, '0')}a1`;
}

function parseLastIndex(value: unknown): number {
	const match = typeof value === 'string' ? /^09([0-9a-f]{8})a1$/.exec(value) : null;
	return match ? parseInt(match[1], 16) : -1;
}

function isOrder(value: FakeOrder | Json): value is FakeOrder {
	return typeof (value as FakeOrder).transactionId === 'string';
}

function isObject(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isList(value: unknown): boolean {
	return Array.isArray(value) && value.length > 0;
}

function text(value: unknown): string {
	return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}
