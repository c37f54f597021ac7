import { isTradeManagementConfirmed } from '../../transport/weChatApi/shipping';
import { weChatItemOperation } from '../weChatItemOperation';
import { accountAppId } from './accountAppId';

/**
 * Whether the Mini Program has confirmed trade settlement management for every merchant ID it is
 * linked to; the orders of a confirmed merchant ID must then be shipped through this service.
 */
export const { description, execute } = weChatItemOperation({
	resource: 'shipping',
	operation: 'isSettlementConfirmed',
	properties: [],
	item: async (ctx, client, itemIndex) => {
		const appId = await accountAppId(ctx, itemIndex);
		return { appId, completed: await isTradeManagementConfirmed(client, appId) };
	},
});
