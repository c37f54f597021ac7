import type { IDataObject } from 'n8n-workflow';

import { SHIPPING_ERRCODES } from '../../../protocol/wechat/shipping/errorCodes';
import { queryOrderKey } from '../../../protocol/wechat/shipping/orderKey';
import type { OrderKey } from '../../../protocol/wechat/shipping/orderKey';
import type { WeChatAnswer, WeChatClient } from '../weChatClient';

/**
 * Order shipping management (发货信息管理服务, permission set 142 for third-party platforms).
 * Uploads, reminders and applications are not idempotent: an upload resent after an unclear
 * answer could spend the order's one re-shipment, a reminder can be sent once, an application
 * once. Only reads and the jump path are repeated on transient failures.
 */
const ORDER = '/wxa/sec/order';
const once = { idempotent: false, errorMeanings: SHIPPING_ERRCODES } as const;
const read = { idempotent: true, errorMeanings: SHIPPING_ERRCODES } as const;

export async function uploadShippingInfo(
	client: WeChatClient,
	body: Record<string, unknown>,
): Promise<WeChatAnswer> {
	return await client.post(`${ORDER}/upload_shipping_info`, body, once);
}

export async function uploadCombinedShippingInfo(
	client: WeChatClient,
	body: Record<string, unknown>,
): Promise<WeChatAnswer> {
	return await client.post(`${ORDER}/upload_combined_shipping_info`, body, once);
}

/** One paid order with its shipping state (get_order). */
export async function getShippingOrder(client: WeChatClient, key: OrderKey): Promise<IDataObject> {
	const answer = await client.post(`${ORDER}/get_order`, queryOrderKey(key), read);
	return (answer.order ?? {}) as IDataObject;
}

export interface OrderListFilters {
	payTimeRange?: { begin_time?: number; end_time?: number };
	orderState?: number;
	openid?: string;
}

export const ORDER_LIST_PAGE_SIZE = 100;

/** One page of get_order_list; `lastIndex` is the previous page's, absent for the first. */
export async function getShippingOrderPage(
	client: WeChatClient,
	filters: OrderListFilters,
	lastIndex: string | undefined,
	pageSize = ORDER_LIST_PAGE_SIZE,
): Promise<{ orders: IDataObject[]; lastIndex: string; hasMore: boolean }> {
	const answer = await client.post(
		`${ORDER}/get_order_list`,
		{
			...(filters.payTimeRange ? { pay_time_range: filters.payTimeRange } : {}),
			...(filters.orderState !== undefined ? { order_state: filters.orderState } : {}),
			...(filters.openid ? { openid: filters.openid } : {}),
			...(lastIndex ? { last_index: lastIndex } : {}),
			page_size: pageSize,
		},
		read,
	);
	return {
		orders: Array.isArray(answer.order_list) ? (answer.order_list as IDataObject[]) : [],
		lastIndex: String(answer.last_index ?? ''),
		hasMore: answer.has_more === true,
	};
}

/** Reminds the buyer to confirm receipt (notify_confirm_receive): once per order. */
export async function notifyConfirmReceive(
	client: WeChatClient,
	key: OrderKey,
	receivedTime: number,
): Promise<WeChatAnswer> {
	return await client.post(
		`${ORDER}/notify_confirm_receive`,
		{ ...queryOrderKey(key), received_time: receivedTime },
		once,
	);
}

/** Sets the page the shipping and receipt messages open (set_msg_jump_path): repeating it is harmless. */
export async function setMessageJumpPath(
	client: WeChatClient,
	path: string,
): Promise<WeChatAnswer> {
	return await client.post(`${ORDER}/set_msg_jump_path`, { path }, read);
}

export async function isTradeManaged(client: WeChatClient, appId: string): Promise<boolean> {
	const answer = await client.post(`${ORDER}/is_trade_managed`, { appid: appId }, read);
	return answer.is_trade_managed === true;
}

export async function isTradeManagementConfirmed(
	client: WeChatClient,
	appId: string,
): Promise<boolean> {
	const answer = await client.post(
		`${ORDER}/is_trade_management_confirmation_completed`,
		{ appid: appId },
		read,
	);
	return answer.completed === true;
}

/** Reports a pre-sale (type 1, with the expected shipping time) or test order (type 2). */
export async function reportSpecialOrder(
	client: WeChatClient,
	body: { order_id: string; type: 1 | 2; delay_to?: number },
): Promise<WeChatAnswer> {
	return await client.post(`${ORDER}/opspecialorder`, { ...body }, once);
}

export async function applyForTradeTypeChange(
	client: WeChatClient,
	body: { trade_type: number; material_list: { type: number; media_id: string }[]; reason: string },
): Promise<WeChatAnswer> {
	return await client.post(`${ORDER}/setwxatradetypecgi`, { ...body }, once);
}

/** WeChat's own capitalised `Application` key. */
export async function applyForFamousBrand(
	client: WeChatClient,
	application: Record<string, unknown>,
): Promise<WeChatAnswer> {
	return await client.post('/wxa/sec/famousbrand/apply', { Application: application }, once);
}

export async function getFamousBrandStatus(client: WeChatClient): Promise<WeChatAnswer> {
	return await postEmptyObject(client, '/wxa/sec/famousbrand/get_status');
}

export interface Carrier {
	delivery_id: string;
	delivery_name: string;
}

/** The carriers WeChat knows (get_delivery_list): their delivery_id is the upload's express_company. */
export async function getDeliveryCompanies(client: WeChatClient): Promise<Carrier[]> {
	// The doc says no body, but WeChat wants `{}`.
	const answer = await postEmptyObject(
		client,
		'/cgi-bin/express/delivery/open_msg/get_delivery_list',
	);
	return Array.isArray(answer.delivery_list) ? (answer.delivery_list as Carrier[]) : [];
}

/**
 * POSTs the body `{}` itself: n8n's request helper sends no body at all for an empty JSON object,
 * which these endpoints refuse (44002 "empty post data").
 */
async function postEmptyObject(client: WeChatClient, path: string): Promise<WeChatAnswer> {
	return await client.postRaw(
		path,
		{ body: Buffer.from('{}'), contentType: 'application/json' },
		read,
	);
}
