import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';
import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

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
import type { TransportOptions } from '../../transport/transportOptions';
import { getShippingOrder, uploadShippingInfo } from '../../transport/weChatApi/shipping';
import { optionsCollection, weChatInFlightOptions } from '../common.descriptions';
import { carrierCheck } from './carrierCheck';
import { orderKeyFields as orderKeyProperties } from './orderKeyFields';
import { callOnceFor, runOrderKeyItems } from './orderRun';
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

const properties: INodeProperties[] = [
	...orderKeyProperties,
	payerOpenidField,
	logisticsTypeField,
	...deliveryModeFields,
	...parcelFields,
	optionsCollection([
		...weChatInFlightOptions('Each order is its own call (two with Skip Already Shipped).'),
		{
			displayName: 'Skip Already Shipped',
			name: 'skipShipped',
			type: 'boolean',
			default: true,
			description:
				'Whether to read the order first and skip an order WeChat already holds as shipped (reported as skipped, not as an error). WeChat allows one re-shipment per order and counts any upload to a shipped order as one: turn this off only to re-ship on purpose.',
		},
		uploadTimeOption,
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['shipping'], operation: ['upload'] } },
	properties,
);

/**
 * Uploads each item's shipping information, several orders in flight. WeChat's rules are checked
 * before anything is sent; with Skip Already Shipped (the default) the order is read first and a
 * shipped one is skipped. An upload is never resent on an unclear answer.
 */
export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	transport: TransportOptions,
): Promise<INodeExecutionData[]> {
	const times = new UploadTimes();
	return await runOrderKeyItems(
		this,
		items,
		transport,
		(client) => {
			const checkCarrier = carrierCheck(client);
			return async (itemIndex, orderKey) => {
				const shipment = readShipment(this, itemIndex, orderKey);
				const problems = [
					...shipmentProblems(shipment),
					...(await checkCarrier(shipment.logisticsType, shipment.parcels)),
				];
				let previousUploadMs: number | undefined;
				if (this.getNodeParameter('options.skipShipped', itemIndex, true) as boolean) {
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
				if (problems.length > 0) throw refused(this, itemIndex, shipment.orderKey, problems);
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
		{ noun: 'order', done: 'uploaded' },
	);
}

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
