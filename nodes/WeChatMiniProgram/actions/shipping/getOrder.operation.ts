import type { IDataObject } from 'n8n-workflow';

import { orderStateName } from '../../../protocol/wechat/shipping/orderStates';
import { getShippingOrder } from '../../transport/weChatApi/shipping';
import { weChatItemOperation } from '../weChatItemOperation';
import { orderKeyFields, readOrderKey } from './orderKeyFields';

/** One order with its shipping state, as WeChat holds it, and the state's name. */
export const { description, execute } = weChatItemOperation({
	resource: 'shipping',
	operation: 'getOrder',
	properties: orderKeyFields,
	item: async (ctx, client, itemIndex) =>
		withStateName(await getShippingOrder(client, readOrderKey(ctx, itemIndex))),
});

export function withStateName(order: IDataObject): IDataObject {
	return { ...order, orderStateName: orderStateName(order.order_state) };
}
