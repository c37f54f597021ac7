import { resubmitGoodsAudit } from '../../transport/weChatApi';
import { weChatItemOperation } from '../weChatItemOperation';
import { goodsLocator, readGoodsId } from './goodsLocator';

export const { description, execute } = weChatItemOperation({
	resource: 'liveGoods',
	operation: 'resubmitAudit',
	properties: [goodsLocator({ description: 'Goods whose audit was withdrawn' })],
	async item(ctx, client, itemIndex) {
		const goodsId = readGoodsId(ctx, itemIndex, 'goods/audit');
		const { auditId } = await resubmitGoodsAudit(client, goodsId);
		return { goodsId, auditId };
	},
});
