import { updateGoods } from '../../transport/weChatApi';
import { weChatItemOperation } from '../weChatItemOperation';
import { readGoodsChanges, updateGoodsFields } from './goodsFields';
import { goodsLocator, readGoodsId } from './goodsLocator';

export const { description, execute } = weChatItemOperation({
	resource: 'liveGoods',
	operation: 'update',
	properties: [
		goodsLocator({
			description: 'Goods to change: approved goods take only price changes, goods in audit none',
		}),
		...updateGoodsFields,
	],
	async item(ctx, client, itemIndex) {
		const goodsId = readGoodsId(ctx, itemIndex, 'goods/update');
		const goodsInfo = await readGoodsChanges(ctx, client, itemIndex, goodsId);
		await updateGoods(client, goodsInfo);
		return { ...goodsInfo, updated: true };
	},
});
