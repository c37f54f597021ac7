import { sortGoods } from '../../transport/weChatApi';
import { weChatItemOperation } from '../weChatItemOperation';
import { goodsIdListField, readGoodsIdList } from '../liveGoods/goodsLocator';
import { readRoomId, roomLocator } from '../liveRoom/roomLocator';

export const { description, execute } = weChatItemOperation({
	resource: 'liveRoomGoods',
	operation: 'sort',
	properties: [
		roomLocator({ required: true, description: 'The room whose goods to sort' }),
		{
			...goodsIdListField,
			description: 'The goods of the room in their new order, first shown first',
		},
	],
	async item(ctx, client, itemIndex) {
		const roomId = readRoomId(ctx, 'roomId', itemIndex);
		const goodsIds = readGoodsIdList(ctx, itemIndex, 'goods/sort');
		await sortGoods(client, roomId, goodsIds);
		return { roomId, order: goodsIds };
	},
});
