import { setGoodsOnSale } from '../../transport/weChatApi';
import { goodsLocator, readGoodsId } from '../liveGoods/goodsLocator';
import { roomOperation } from '../liveRoom/roomOperation';

export const { description, execute } = roomOperation({
	resource: 'liveRoomGoods',
	operation: 'setOnSale',
	room: 'The room holding the goods',
	fields: [
		goodsLocator({ description: 'Goods in the room' }, true),
		{
			displayName: 'On Sale',
			name: 'onSale',
			type: 'boolean',
			default: true,
			description: 'Whether the goods are on sale (false takes them off the shelf)',
		},
	],
	async item(ctx, client, itemIndex, roomId) {
		const goodsId = readGoodsId(ctx, itemIndex, 'goods/onsale');
		const onSale = ctx.getNodeParameter('onSale', itemIndex) as boolean;
		await setGoodsOnSale(client, roomId, goodsId, onSale);
		return { roomId, goodsId, onSale };
	},
});
