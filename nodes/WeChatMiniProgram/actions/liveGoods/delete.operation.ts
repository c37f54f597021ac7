import { deleteGoods } from '../../transport/weChatApi';
import { weChatItemOperation } from '../weChatItemOperation';
import { goodsLocator, readGoodsId } from './goodsLocator';

export const { description, execute } = weChatItemOperation({
	resource: 'liveGoods',
	operation: 'delete',
	properties: [
		goodsLocator({
			description: 'Goods to delete from the library; rooms that hold them lose them too',
		}),
	],
	async item(ctx, client, itemIndex) {
		const goodsId = readGoodsId(ctx, itemIndex, 'goods/delete');
		await deleteGoods(client, goodsId);
		return { goodsId, deleted: true };
	},
});
