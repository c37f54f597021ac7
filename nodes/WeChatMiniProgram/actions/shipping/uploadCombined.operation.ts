import { NodeOperationError } from 'n8n-workflow';
import type { IExecuteFunctions } from 'n8n-workflow';

import {
	describeOrderKey,
	isTransactionKey,
	orderKeyFields,
	uploadOrderKey,
} from '../../../protocol/wechat/shipping/orderKey';
import type { OrderKey } from '../../../protocol/wechat/shipping/orderKey';
import {
	readParcels,
	shipmentProblems,
	shippingDetails,
} from '../../../protocol/wechat/shipping/shippingRules';
import type { Shipment } from '../../../protocol/wechat/shipping/shippingRules';
import { uploadCombinedShippingInfo } from '../../transport/weChatApi/shipping';
import { callOnceFor, orderKeyOperation } from './orderRun';
import { readUploadTime } from './shipmentFields';
import { payerOpenidField, uploadTimeOption } from './upload.operation';

/** Uploads the shipping of a combined payment's sub-orders in one call; never resent on an unclear answer. */
export const { description, execute } = orderKeyOperation({
	operation: 'uploadCombined',
	fields: [
		payerOpenidField,
		{
			displayName: 'Sub-Orders Field',
			name: 'subOrdersField',
			type: 'string',
			default: 'subOrders',
			description:
				"The input field with the sub-orders: one object or a list, each with its WeChat Pay transaction ID (or merchant ID and order number, as the combined order), logistics type, delivery mode (unified or split), whether everything was delivered (for split) and its parcels, under WeChat's own field names",
		},
	],
	inFlightNote: 'Each combined order is its own call.',
	options: [uploadTimeOption],
	prepare: (ctx, client) => async (itemIndex, key) => {
		const uploadTime = readUploadTime(ctx, itemIndex);
		const payerOpenid = String(ctx.getNodeParameter('payerOpenid', itemIndex, '')).trim();
		const subOrders = readSubOrders(ctx, itemIndex, key, uploadTime, payerOpenid);
		const problems = subOrders.flatMap((sub) =>
			shipmentProblems(sub).map((problem) => `${describeOrderKey(sub.orderKey)}: ${problem}`),
		);
		if (problems.length > 0)
			throw new NodeOperationError(
				ctx.getNode(),
				`Shipping info for combined ${describeOrderKey(key)} was not uploaded: ${problems.join('; ')}`,
				{ itemIndex, description: 'Nothing was sent to WeChat for this order.' },
			);
		const sent = await callOnceFor(key, () =>
			uploadCombinedShippingInfo(client, {
				order_key: uploadOrderKey(key),
				sub_orders: subOrders.map((sub) => ({
					order_key: uploadOrderKey(sub.orderKey),
					...shippingDetails(sub),
				})),
				upload_time: uploadTime,
				payer: { openid: payerOpenid },
			}),
		);
		return {
			status: 'uploaded',
			...orderKeyFields(key),
			subOrders: subOrders.map((sub) => orderKeyFields(sub.orderKey)),
			uploadTime,
			...sent,
		};
	},
	words: { noun: 'combined order', done: 'uploaded' },
});

function readSubOrders(
	ctx: IExecuteFunctions,
	itemIndex: number,
	parent: OrderKey,
	uploadTime: string,
	payerOpenid: string,
): Shipment[] {
	const field = String(ctx.getNodeParameter('subOrdersField', itemIndex, 'subOrders'));
	const raw = ctx.getInputData()[itemIndex]?.json[field];
	const list = Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw];
	const fail = (message: string) =>
		new NodeOperationError(ctx.getNode(), `Item ${itemIndex}: ${message}`, { itemIndex });
	if (list.length === 0) throw fail(`the "${field}" field holds no sub-order`);
	return list.map((entry, index) => {
		if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
			throw fail(`sub-order ${index + 1} is not an object`);
		const sub = entry as Record<string, unknown>;
		const text = (...names: string[]) =>
			String(names.map((name) => sub[name]).find((value) => value) ?? '').trim();
		// A sub-order names its order the way the combined order does (WeChat refuses a mix).
		const orderKey: OrderKey = isTransactionKey(parent)
			? { transactionId: text('transaction_id', 'transactionId') }
			: {
					mchid: text('mchid', 'merchantId') || parent.mchid,
					outTradeNo: text('out_trade_no', 'outTradeNo'),
				};
		if (isTransactionKey(orderKey) ? !orderKey.transactionId : !orderKey.outTradeNo)
			throw fail(
				`sub-order ${index + 1} has no ${isTransactionKey(parent) ? 'transaction_id' : 'out_trade_no'}`,
			);
		const mode = String(sub.delivery_mode ?? sub.deliveryMode ?? 'unified').toLowerCase();
		const split = mode === 'split' || mode === '2' || mode === 'split_delivery';
		try {
			return {
				orderKey,
				logisticsType: Number(
					sub.logistics_type ?? sub.logisticsType ?? 1,
				) as Shipment['logisticsType'],
				deliveryMode: split ? 'split' : 'unified',
				...(split
					? {
							isAllDelivered:
								typeof (sub.is_all_delivered ?? sub.isAllDelivered) === 'boolean'
									? ((sub.is_all_delivered ?? sub.isAllDelivered) as boolean)
									: undefined,
						}
					: {}),
				parcels: readParcels(sub.parcels ?? sub.shipping_list),
				uploadTime,
				payerOpenid,
			};
		} catch (error) {
			throw fail(`sub-order ${index + 1}: ${(error as Error).message}`);
		}
	});
}
