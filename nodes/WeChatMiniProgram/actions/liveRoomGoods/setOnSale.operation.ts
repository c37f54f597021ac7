import { setGoodsOnSale } from '../../transport/weChatApi';
import { weChatItemOperation } from '../weChatItemOperation';
import { goodsLocator, readGoodsId } from '../liveGoods/goodsLocator';
import { readRoomId, roomLocator } from '../liveRoom/roomLocator';

export const { description, execute } = weChatItemOperation({
	resource: 'liveRoomGoods',
	operation: 'setOnSale',
	properties: [
		roomLocator({ required: true, description: 'The room holding the goods' }),
		goodsLocator({ description: 'Goods in the room' }, true),
		{
			displayName: 'On Sale',
			name: 'onSale',
			type: 'boolean',
			default: true,
			description: 'Whether the goods are on sale (false takes them off the shelf)',
		},
	],
	async item(ctx, client, itemIndex) {
		const roomId = readRoomId(ctx, 'roomId', itemIndex);
		const goodsId = readGoodsId(ctx, itemIndex, 'goods/onsale');
		const onSale = ctx.getNodeParameter('onSale', itemIndex) as boolean;
		await setGoodsOnSale(client, roomId, goodsId, onSale);
		return { roomId, goodsId, onSale };
	},
});
