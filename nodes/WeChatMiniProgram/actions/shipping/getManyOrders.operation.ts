import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectCursorPages } from '../../../protocol/common/cursorPages';
import { getShippingOrderPage, ORDER_LIST_PAGE_SIZE } from '../../transport/weChatApi/shipping';
import type { OrderListFilters } from '../../transport/weChatApi/shipping';
import { filtersCollection } from '../common.descriptions';
import { maxResultsOf, returnAllFields } from '../returnAllFields';
import { weChatItemOperation } from '../weChatItemOperation';
import { withStateName } from './getOrder.operation';

const properties: INodeProperties[] = [
	...returnAllFields,
	filtersCollection([
		{
			displayName: 'Order State',
			name: 'orderState',
			type: 'options',
			default: 1,
			options: [
				{ name: 'Awaiting Settlement', value: 6 },
				{ name: 'Completed', value: 4 },
				{ name: 'Receipt Confirmed', value: 3 },
				{ name: 'Refunded', value: 5 },
				{ name: 'Shipped', value: 2 },
				{ name: 'To Ship', value: 1, description: 'Paid, not shipped yet' },
			],
		},
		{
			displayName: 'Paid After',
			name: 'paidAfter',
			type: 'dateTime',
			default: '',
			description: 'Only orders paid at or after this time',
		},
		{
			displayName: 'Paid Before',
			name: 'paidBefore',
			type: 'dateTime',
			default: '',
			description:
				'Only orders paid at or before this time, e.g. {{ $now.minus({ days: 3 }).toISO() }} for orders older than three days',
		},
		{
			displayName: 'Payer Openid',
			name: 'openid',
			type: 'string',
			default: '',
			description: 'Only orders paid by this user',
		},
	]),
];

/** Paid orders with their shipping state, every page followed by its last_index. */
export const { description, execute } = weChatItemOperation({
	resource: 'shipping',
	operation: 'getManyOrders',
	properties,
	item: async (ctx, client, itemIndex) => {
		const filters = readFilters(ctx, itemIndex);
		const { items } = await collectCursorPages<IDataObject, string>(
			async (lastIndex, pageSize) => {
				const page = await getShippingOrderPage(client, filters, lastIndex, pageSize);
				return { items: page.orders, next: page.hasMore ? page.lastIndex : undefined };
			},
			{
				pageSize: ORDER_LIST_PAGE_SIZE,
				maxResults: maxResultsOf(ctx, itemIndex),
				service: 'WeChat get_order_list',
				cursorName: (lastIndex) => `last_index ${lastIndex}`,
				itemsName: 'orders',
			},
		);
		return items.map((order) => withStateName(order));
	},
});

function readFilters(ctx: IExecuteFunctions, itemIndex: number): OrderListFilters {
	const raw = ctx.getNodeParameter('filters', itemIndex, {}) as Record<string, unknown>;
	const seconds = (name: string) => {
		const value = raw[name];
		if (value === undefined || value === '') return undefined;
		const ms = Date.parse(String(value));
		if (Number.isNaN(ms))
			throw new NodeOperationError(ctx.getNode(), `"${String(value)}" is not a date`, {
				itemIndex,
			});
		return Math.floor(ms / 1000);
	};
	const begin = seconds('paidAfter');
	const end = seconds('paidBefore');
	return {
		...(begin !== undefined || end !== undefined
			? {
					payTimeRange: {
						...(begin !== undefined ? { begin_time: begin } : {}),
						...(end !== undefined ? { end_time: end } : {}),
					},
				}
			: {}),
		...(raw.orderState !== undefined ? { orderState: Number(raw.orderState) } : {}),
		...(raw.openid ? { openid: String(raw.openid).trim() } : {}),
	};
}
