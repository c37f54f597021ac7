import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { orderKeyFields } from '../../../protocol/wechat/shipping/orderKey';
import type { TransportOptions } from '../../transport/transportOptions';
import { notifyConfirmReceive } from '../../transport/weChatApi/shipping';
import { optionsCollection, weChatInFlightOptions } from '../common.descriptions';
import { orderKeyFields as orderKeyProperties } from './orderKeyFields';
import { callOnceFor, runOrderKeyItems } from './orderRun';

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
	optionsCollection([...weChatInFlightOptions('Each order is its own call.')]),
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
	return await runOrderKeyItems(
		this,
		items,
		transport,
		(client) => async (itemIndex, key) => {
			const value = String(this.getNodeParameter('receivedTime', itemIndex, ''));
			const ms = Date.parse(value);
			if (!value || Number.isNaN(ms))
				throw new NodeOperationError(this.getNode(), `"${value}" is not a date`, {
					itemIndex,
					description: 'Give when the buyer signed for the parcel.',
				});
			const receivedTime = Math.floor(ms / 1000);
			return {
				status: 'reminded',
				...orderKeyFields(key),
				receivedTime,
				...(await callOnceFor(key, () => notifyConfirmReceive(client, key, receivedTime))),
			};
		},
		{ noun: 'reminder', done: 'sent' },
	);
}
