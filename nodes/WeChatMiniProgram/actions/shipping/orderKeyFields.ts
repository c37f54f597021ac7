import { NodeOperationError } from 'n8n-workflow';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { OrderKey } from '../../../protocol/wechat/shipping/orderKey';

const BY_MERCHANT = { show: { orderKeyType: ['merchant'] } };
const BY_TRANSACTION = { show: { orderKeyType: ['transaction'] } };

/** How the operation names the order: WeChat Pay transaction id, or merchant id + order number. */
export const orderKeyFields: INodeProperties[] = [
	{
		displayName: 'Order Identified By',
		name: 'orderKeyType',
		type: 'options',
		default: 'transaction',
		options: [
			{
				name: 'Merchant Order Number',
				value: 'merchant',
				description: 'The merchant ID and your own order number',
			},
			{
				name: 'Transaction ID',
				value: 'transaction',
				description: 'The WeChat Pay transaction ID of the payment',
			},
		],
	},
	{
		displayName: 'Transaction ID',
		name: 'transactionId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 4200001858202306300646157659',
		displayOptions: BY_TRANSACTION,
	},
	{
		displayName: 'Merchant ID',
		name: 'mchid',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 1230000109',
		description: 'The WeChat Pay merchant ID the order was paid to',
		displayOptions: BY_MERCHANT,
	},
	{
		displayName: 'Merchant Order Number',
		name: 'outTradeNo',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. SO20261201001',
		description: 'Your own order number, as given to WeChat Pay',
		displayOptions: BY_MERCHANT,
	},
];

/** The item's order key; an empty part is refused naming the field. */
export function readOrderKey(ctx: IExecuteFunctions, itemIndex: number): OrderKey {
	const text = (name: string) => String(ctx.getNodeParameter(name, itemIndex, '') ?? '').trim();
	const missing = (field: string) =>
		new NodeOperationError(ctx.getNode(), `Item ${itemIndex} has no ${field}`, {
			itemIndex,
			description: `Give the order's ${field}, or pick another way to identify the order.`,
		});
	if (ctx.getNodeParameter('orderKeyType', itemIndex, 'transaction') === 'merchant') {
		const mchid = text('mchid');
		const outTradeNo = text('outTradeNo');
		if (!mchid) throw missing('merchant ID');
		if (!outTradeNo) throw missing('merchant order number');
		return { mchid, outTradeNo };
	}
	const transactionId = text('transactionId');
	if (!transactionId) throw missing('transaction ID');
	return { transactionId };
}
