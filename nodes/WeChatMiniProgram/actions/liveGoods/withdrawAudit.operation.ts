import { withdrawGoodsAudit } from '../../transport/weChatApi';
import { weChatItemOperation } from '../weChatItemOperation';
import { goodsLocator, readGoodsId } from './goodsLocator';

export const { description, execute } = weChatItemOperation({
	resource: 'liveGoods',
	operation: 'withdrawAudit',
	properties: [
		goodsLocator({ description: 'Goods in audit' }),
		{
			displayName: 'Audit ID',
			name: 'auditId',
			type: 'number',
			required: true,
			default: 0,
			description: 'The audit ID that Add or Resubmit Audit returned',
		},
	],
	async item(ctx, client, itemIndex) {
		const goodsId = readGoodsId(ctx, itemIndex, 'goods/resetaudit');
		const auditId = Number(ctx.getNodeParameter('auditId', itemIndex));
		await withdrawGoodsAudit(client, goodsId, auditId);
		return { goodsId, auditId, withdrawn: true };
	},
});
