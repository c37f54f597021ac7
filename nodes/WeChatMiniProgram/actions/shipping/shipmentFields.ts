import { NodeOperationError } from 'n8n-workflow';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readParcels } from '../../../protocol/wechat/shipping/shippingRules';
import type {
	DeliveryMode,
	LogisticsType,
	Parcel,
} from '../../../protocol/wechat/shipping/shippingRules';

const ONE_PARCEL = { show: { parcelsFrom: ['fields'] } };

/** What was shipped and how: the fields Upload and Upload Combined share. */
export const logisticsTypeField: INodeProperties = {
	displayName: 'Logistics Type',
	name: 'logisticsType',
	type: 'options',
	default: 1,
	options: [
		{ name: 'Buyer Pick-Up', value: 4 },
		{ name: 'Express', value: 1, description: 'Shipped by a carrier with a tracking number' },
		{ name: 'Same-City Delivery', value: 2 },
		{ name: 'Virtual Goods', value: 3, description: 'Nothing physical: top-ups, cards, services' },
	],
};

export const deliveryModeFields: INodeProperties[] = [
	{
		displayName: 'Delivery Mode',
		name: 'deliveryMode',
		type: 'options',
		default: 'unified',
		options: [
			{
				name: 'Split',
				value: 'split',
				description: 'Several parcels (express only), uploaded as they leave',
			},
			{ name: 'Unified', value: 'unified', description: 'The whole order in one parcel' },
		],
	},
	{
		displayName: 'All Delivered',
		name: 'isAllDelivered',
		type: 'boolean',
		default: true,
		description:
			"Whether this upload completes the order's shipping. WeChat tells the buyer only when it does.",
		displayOptions: { show: { deliveryMode: ['split'] } },
	},
];

export const parcelFields: INodeProperties[] = [
	{
		displayName: 'Parcels From',
		name: 'parcelsFrom',
		type: 'options',
		default: 'fields',
		options: [
			{ name: 'Fields Below', value: 'fields', description: 'One parcel, from the fields below' },
			{
				name: 'Input Field',
				value: 'field',
				description: 'A field of the input item holding one parcel or a list of them',
			},
		],
	},
	{
		displayName: 'Parcels Field',
		name: 'parcelsField',
		type: 'string',
		default: 'parcels',
		description:
			'The input field with the parcels: one object or a list, each with its tracking number, carrier, item description and contact (as trackingNo, expressCompany, itemDesc, receiverContact, consignorContact)',
		displayOptions: { show: { parcelsFrom: ['field'] } },
	},
	{
		displayName: 'Tracking Number',
		name: 'trackingNo',
		type: 'string',
		default: '',
		placeholder: 'e.g. YT3750696145732',
		description: 'Needed for express',
		displayOptions: ONE_PARCEL,
	},
	{
		displayName: 'Carrier Name or ID',
		name: 'expressCompany',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getDeliveryCompanies' },
		default: '',
		description:
			'The carrier, from WeChat\'s list. Needed for express. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		displayOptions: ONE_PARCEL,
	},
	{
		displayName: 'Item Description',
		name: 'itemDesc',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Ceramic mug*2',
		description: 'What the parcel holds, up to 120 characters',
		displayOptions: ONE_PARCEL,
	},
	{
		displayName: 'Receiver Contact',
		name: 'receiverContact',
		type: 'string',
		default: '',
		placeholder: 'e.g. 139****5678',
		description:
			"The receiver's phone number, masked with * and showing its last 4 digits. SF Express needs this or the sender contact.",
		displayOptions: ONE_PARCEL,
	},
	{
		displayName: 'Sender Contact',
		name: 'consignorContact',
		type: 'string',
		default: '',
		placeholder: 'e.g. 021-****1234',
		description: "The sender's phone number, masked with * and showing its last 4 digits",
		displayOptions: ONE_PARCEL,
	},
];

export function readLogisticsType(ctx: IExecuteFunctions, itemIndex: number): LogisticsType {
	return Number(ctx.getNodeParameter('logisticsType', itemIndex, 1)) as LogisticsType;
}

export function readDeliveryMode(
	ctx: IExecuteFunctions,
	itemIndex: number,
): { deliveryMode: DeliveryMode; isAllDelivered?: boolean } {
	const deliveryMode = ctx.getNodeParameter('deliveryMode', itemIndex, 'unified') as DeliveryMode;
	return deliveryMode === 'split'
		? {
				deliveryMode,
				isAllDelivered: ctx.getNodeParameter('isAllDelivered', itemIndex, true) as boolean,
			}
		: { deliveryMode };
}

/** The item's parcels, from the fields or from an input field of any shape (one object or a list). */
export function readParcelsOf(ctx: IExecuteFunctions, itemIndex: number): Parcel[] {
	if (ctx.getNodeParameter('parcelsFrom', itemIndex, 'fields') === 'field') {
		const field = String(ctx.getNodeParameter('parcelsField', itemIndex, 'parcels'));
		const value = ctx.getInputData()[itemIndex]?.json[field];
		if (value === undefined || value === null || value === '')
			throw new NodeOperationError(ctx.getNode(), `Item ${itemIndex} has no "${field}" field`, {
				itemIndex,
				description: 'Set "Parcels Field" to the field that holds the parcels.',
			});
		try {
			return readParcels(typeof value === 'string' ? (JSON.parse(value) as unknown) : value);
		} catch (error) {
			throw new NodeOperationError(
				ctx.getNode(),
				`Item ${itemIndex}: the "${field}" field is not a parcel or a list of parcels (${(error as Error).message})`,
				{ itemIndex },
			);
		}
	}
	const text = (name: string) => String(ctx.getNodeParameter(name, itemIndex, '') ?? '').trim();
	return readParcels({
		tracking_no: text('trackingNo'),
		express_company: text('expressCompany'),
		item_desc: text('itemDesc'),
		contact: {
			receiver_contact: text('receiverContact'),
			consignor_contact: text('consignorContact'),
		},
	});
}

/** The upload time: the option's value in RFC 3339, or now. */
export function readUploadTime(ctx: IExecuteFunctions, itemIndex: number): string {
	const value = String(ctx.getNodeParameter('options.uploadTime', itemIndex, '') ?? '').trim();
	if (!value) return new Date().toISOString();
	if (/(Z|[+-]\d{2}:\d{2})$/i.test(value)) return value;
	const ms = Date.parse(value);
	return Number.isNaN(ms) ? value : new Date(ms).toISOString();
}
