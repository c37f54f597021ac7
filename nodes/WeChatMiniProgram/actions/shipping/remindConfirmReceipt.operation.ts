import { NodeOperationError } from 'n8n-workflow';

import { orderKeyFields } from '../../../protocol/wechat/shipping/orderKey';
import { notifyConfirmReceive } from '../../transport/weChatApi/shipping';
import { callOnceFor, orderKeyOperation } from './orderRun';

/** Reminds each item's buyer to confirm receipt; never resent on an unclear answer (once per order). */
export const { description, execute } = orderKeyOperation({
	operation: 'remindConfirmReceipt',
	notice: {
		displayName:
			'WeChat sends one receipt reminder per order, and only for orders shipped by express',
		name: 'remindNotice',
		type: 'notice',
		default: '',
	},
	fields: [
		{
			displayName: 'Signed For At',
			name: 'receivedTime',
			type: 'dateTime',
			required: true,
			default: '',
			description:
				'When the carrier says the buyer signed for the parcel; it must be after shipping',
		},
	],
	inFlightNote: 'Each order is its own call.',
	prepare: (ctx, client) => async (itemIndex, key) => {
		const value = String(ctx.getNodeParameter('receivedTime', itemIndex, ''));
		const ms = Date.parse(value);
		if (!value || Number.isNaN(ms))
			throw new NodeOperationError(ctx.getNode(), `"${value}" is not a date`, {
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
	words: { noun: 'reminder', done: 'sent' },
});
