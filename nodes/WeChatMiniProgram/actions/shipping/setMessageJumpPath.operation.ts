import { setMessageJumpPath } from '../../transport/weChatApi/shipping';
import { weChatItemOperation } from '../weChatItemOperation';

/** The Mini Program page the shipping and receipt messages open. */
export const { description, execute } = weChatItemOperation({
	resource: 'shipping',
	operation: 'setMessageJumpPath',
	properties: [
		{
			displayName: 'Page Path',
			name: 'path',
			type: 'string',
			default: '',
			placeholder: 'e.g. pages/order/detail',
			description:
				"The page of your Mini Program the buyer's shipping and receipt messages open. WeChat adds the order's transaction ID, merchant ID and merchant order number to its query. Empty, or a page that does not exist, opens WeChat's own receipt page.",
		},
	],
	item: async (ctx, client, itemIndex) => {
		const path = String(ctx.getNodeParameter('path', itemIndex, '')).trim();
		const answer = await setMessageJumpPath(client, path);
		return { path, errcode: 0, errmsg: String(answer.errmsg ?? 'ok') };
	},
});
