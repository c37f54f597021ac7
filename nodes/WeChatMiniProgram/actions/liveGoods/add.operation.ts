import { addGoods } from '../../transport/weChatApi';
import { weChatItemOperation } from '../weChatItemOperation';
import { addGoodsFields, readNewGoods } from './goodsFields';

export const { description, execute } = weChatItemOperation({
	resource: 'liveGoods',
	operation: 'add',
	properties: [...addGoodsFields],
	async item(ctx, client, itemIndex) {
		const goodsInfo = await readNewGoods(ctx, client, itemIndex);
		// Adds the goods and submits them for audit (one of 500 a day): never resent.
		const { goodsId, auditId } = await addGoods(client, goodsInfo);
		return { goodsId, auditId, name: goodsInfo.name as string };
	},
});
