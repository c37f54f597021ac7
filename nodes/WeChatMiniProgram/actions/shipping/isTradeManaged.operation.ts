import { isTradeManaged } from '../../transport/weChatApi/shipping';
import { weChatItemOperation } from '../weChatItemOperation';
import { accountAppId } from './accountAppId';

/** Whether the Mini Program uses WeChat's order shipping management (its payments are then held until shipped). */
export const { description, execute } = weChatItemOperation({
	resource: 'shipping',
	operation: 'isTradeManaged',
	properties: [],
	item: async (ctx, client, itemIndex) => {
		const appId = await accountAppId(ctx, itemIndex);
		return { appId, isTradeManaged: await isTradeManaged(client, appId) };
	},
});
