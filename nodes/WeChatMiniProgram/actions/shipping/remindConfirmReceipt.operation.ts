import {
	NodeOperationError,
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { orderKeyFields } from '../../../protocol/wechat/shipping/orderKey';
import type { TransportOptions } from '../../transport/transportOptions';
import { notifyConfirmReceive } from '../../transport/weChatApi/shipping';
import { WeChatClient } from '../../transport/weChatClient';
import { readRequestsInFlight } from '../callOptions';
import {
	DEFAULT_WECHAT_REQUESTS_IN_FLIGHT,
	optionsCollection,
	rateLimitWaitOption,
	requestsInFlightOption,
} from '../common.descriptions';
import { orderKeyFields as orderKeyProperties, readOrderKey } from './orderKeyFields';
import { runOrderItems, unclearFor } from './orderRun';

const properties: INodeProperties[] = [
	{
		displayName:
			'WeChat sends one receipt reminder per order, and only for orders shipped by express',
		name: 'remindNotice',
		type: 'notice',
		default: '',
	},
	...orderKeyProperties,
	{
		displayName: 'Signed For At',
		name: 'receivedTime',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'When the carrier says the buyer signed for the parcel; it must be after shipping',
	},
	optionsCollection([
		rateLimitWaitOption,
		requestsInFlightOption(DEFAULT_WECHAT_REQUESTS_IN_FLIGHT, 'Each order is its own call.'),
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['shipping'], operation: ['remindConfirmReceipt'] } },
	properties,
);

/** Reminds each item's buyer to confirm receipt; never resent on an unclear answer (once per order). */
export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	transport: TransportOptions,
): Promise<INodeExecutionData[]> {
	const client = await WeChatClient.create(this, transport);
	return await runOrderItems(
		this,
		items,
		readRequestsInFlight(this, DEFAULT_WECHAT_REQUESTS_IN_FLIGHT),
		async (itemIndex, order) => {
			const key = readOrderKey(this, itemIndex);
			order.key = key;
			const value = String(this.getNodeParameter('receivedTime', itemIndex, ''));
			const ms = Date.parse(value);
			if (!value || Number.isNaN(ms))
				throw new NodeOperationError(this.getNode(), `"${value}" is not a date`, {
					itemIndex,
					description: 'Give when the buyer signed for the parcel.',
				});
			const receivedTime = Math.floor(ms / 1000);
			try {
				const answer = await notifyConfirmReceive(client, key, receivedTime);
				return {
					status: 'reminded',
					...orderKeyFields(key),
					receivedTime,
					errcode: 0,
					errmsg: String(answer.errmsg ?? 'ok'),
				};
			} catch (error) {
				throw unclearFor(error, key);
			}
		},
		{ noun: 'reminder', done: 'sent' },
	);
}
