import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import {
	describeOrderKey,
	orderKeyFields,
	orderKeyId,
} from '../../../protocol/wechat/shipping/orderKey';
import type { OrderKey } from '../../../protocol/wechat/shipping/orderKey';
import {
	ALREADY_SHIPPED_STATES,
	orderStateName,
} from '../../../protocol/wechat/shipping/orderStates';
import {
	shipmentBody,
	shipmentProblems,
	UploadTimes,
} from '../../../protocol/wechat/shipping/shippingRules';
import type { Shipment } from '../../../protocol/wechat/shipping/shippingRules';
import { getShippingOrder, uploadShippingInfo } from '../../transport/weChatApi/shipping';
import { carrierCheck } from './carrierCheck';
import { callOnceFor, orderKeyOperation } from './orderRun';
import {
	deliveryModeFields,
	logisticsTypeField,
	parcelFields,
	readDeliveryMode,
	readLogisticsType,
	readParcelsOf,
	readUploadTime,
} from './shipmentFields';

export const payerOpenidField: INodeProperties = {
	displayName: 'Payer Openid',
	name: 'payerOpenid',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
	description: 'The openid of the user who paid the order',
};

export const uploadTimeOption: INodeProperties = {
	displayName: 'Upload Time',
	name: 'uploadTime',
	type: 'dateTime',
	default: '',
	description:
		'When this shipping information was recorded (default: now). WeChat wants each upload of an order later than the one before.',
};

/**
 * Uploads each item's shipping information, several orders in flight. WeChat's rules are checked
 * before anything is sent; with Skip Already Shipped (the default) the order is read first and a
 * shipped one is skipped. An upload is never resent on an unclear answer.
 */
export const { description, execute } = orderKeyOperation({
	operation: 'upload',
	fields: [payerOpenidField, logisticsTypeField, ...deliveryModeFields, ...parcelFields],
	inFlightNote: 'Each order is its own call (two with Skip Already Shipped).',
	options: [
		{
			displayName: 'Skip Already Shipped',
			name: 'skipShipped',
			type: 'boolean',
			default: true,
			description:
				'Whether to read the order first and skip an order WeChat already holds as shipped (reported as skipped, not as an error). WeChat allows one re-shipment per order and counts any upload to a shipped order as one: turn this off only to re-ship on purpose.',
		},
		uploadTimeOption,
	],
	prepare: (ctx, client) => {
		const times = new UploadTimes();
		const checkCarrier = carrierCheck(client);
		return async (itemIndex, orderKey) => {
			const shipment = readShipment(ctx, itemIndex, orderKey);
			const problems = [
				...shipmentProblems(shipment),
				...(await checkCarrier(shipment.logisticsType, shipment.parcels)),
			];
			let previousUploadMs: number | undefined;
			if (ctx.getNodeParameter('options.skipShipped', itemIndex, true) as boolean) {
				const current = await getShippingOrder(client, shipment.orderKey);
				const state = Number(current.order_state);
				if (ALREADY_SHIPPED_STATES.has(state)) return skipped(shipment.orderKey, state, current);
				previousUploadMs = latestUploadMs(current);
			}
			const timeProblem =
				problems.length === 0
					? times.claim(orderKeyId(shipment.orderKey), shipment.uploadTime, previousUploadMs)
					: undefined;
			if (timeProblem) problems.push(timeProblem);
			if (problems.length > 0) throw refused(ctx, itemIndex, shipment.orderKey, problems);
			const sent = await callOnceFor(shipment.orderKey, () =>
				uploadShippingInfo(client, shipmentBody(shipment)),
			);
			return {
				status: 'uploaded',
				...orderKeyFields(shipment.orderKey),
				deliveryMode: shipment.deliveryMode,
				logisticsType: shipment.logisticsType,
				...(shipment.deliveryMode === 'split' ? { isAllDelivered: shipment.isAllDelivered } : {}),
				parcels: shipment.parcels.length,
				uploadTime: shipment.uploadTime,
				...sent,
			};
		};
	},
	words: { noun: 'order', done: 'uploaded' },
});

function readShipment(ctx: IExecuteFunctions, itemIndex: number, orderKey: OrderKey): Shipment {
	return {
		orderKey,
		logisticsType: readLogisticsType(ctx, itemIndex),
		...readDeliveryMode(ctx, itemIndex),
		parcels: readParcelsOf(ctx, itemIndex),
		uploadTime: readUploadTime(ctx, itemIndex),
		payerOpenid: String(ctx.getNodeParameter('payerOpenid', itemIndex, '') ?? '').trim(),
	};
}

function skipped(key: OrderKey, state: number, order: IDataObject): IDataObject {
	const shipping = (order.shipping ?? {}) as IDataObject;
	return {
		status: 'skipped',
		reason: 'alreadyShipped',
		...orderKeyFields(key),
		orderState: state,
		orderStateName: orderStateName(state),
		finishShippingCount: Number(shipping.finish_shipping_count ?? 0),
	};
}

/** The latest upload time WeChat holds for the order (its parcels carry seconds). */
function latestUploadMs(order: IDataObject): number | undefined {
	const parcels = ((order.shipping ?? {}) as IDataObject).shipping_list;
	if (!Array.isArray(parcels) || parcels.length === 0) return undefined;
	return Math.max(...parcels.map((parcel) => Number((parcel as IDataObject).upload_time) * 1000));
}

function refused(
	ctx: IExecuteFunctions,
	itemIndex: number,
	key: OrderKey,
	problems: string[],
): NodeOperationError {
	return new NodeOperationError(
		ctx.getNode(),
		`Shipping info for ${describeOrderKey(key)} was not uploaded: ${problems.join('; ')}`,
		{ itemIndex, description: 'Nothing was sent to WeChat for this order.' },
	);
}
