import { NodeOperationError } from 'n8n-workflow';

import { reportSpecialOrder } from '../../transport/weChatApi/shipping';
import { weChatItemOperation } from '../weChatItemOperation';

const DAY_MS = 86_400_000;

/** Reports a pre-sale order (ships in 15 to 330 days) or a test order (refunded, never shipped). */
export const { description, execute } = weChatItemOperation({
	resource: 'shipping',
	operation: 'reportSpecialOrder',
	properties: [
		{
			displayName: 'Order Number',
			name: 'orderId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 4200001858202306300646157659',
			description: 'The WeChat Pay transaction ID or your own order number of an unshipped order',
		},
		{
			displayName: 'Report As',
			name: 'type',
			type: 'options',
			default: 1,
			options: [
				{
					name: 'Pre-Sale Order',
					value: 1,
					description: 'Ships more than 15 days after payment; WeChat tells the buyer when',
				},
				{
					name: 'Test Order',
					value: 2,
					description: 'Never ships; WeChat refunds the buyer after a while',
				},
			],
		},
		{
			displayName: 'Expected Shipping Time',
			name: 'delayTo',
			type: 'dateTime',
			required: true,
			default: '',
			description: 'When the pre-sale order will ship: 15 to 330 days after it was paid',
			displayOptions: { show: { type: [1] } },
		},
	],
	item: async (ctx, client, itemIndex) => {
		const orderId = String(ctx.getNodeParameter('orderId', itemIndex, '')).trim();
		const type = Number(ctx.getNodeParameter('type', itemIndex, 1)) as 1 | 2;
		if (!orderId)
			throw new NodeOperationError(ctx.getNode(), `Item ${itemIndex} has no order number`, {
				itemIndex,
			});
		let delayTo: number | undefined;
		if (type === 1) {
			const value = String(ctx.getNodeParameter('delayTo', itemIndex, ''));
			const ms = Date.parse(value);
			if (Number.isNaN(ms) || ms < Date.now() + DAY_MS)
				throw new NodeOperationError(
					ctx.getNode(),
					`The expected shipping time "${value}" is not a date in the future`,
					{ itemIndex, description: 'A pre-sale order ships 15 to 330 days after payment.' },
				);
			delayTo = Math.floor(ms / 1000);
		}
		const answer = await reportSpecialOrder(client, {
			order_id: orderId,
			type,
			...(delayTo !== undefined ? { delay_to: delayTo } : {}),
		});
		return {
			orderId,
			reportedAs: type === 1 ? 'preSale' : 'test',
			...(delayTo !== undefined ? { delayTo } : {}),
			errcode: 0,
			errmsg: String(answer.errmsg ?? 'ok'),
		};
	},
});
