import { sortGoods } from '../../transport/weChatApi';
import { goodsIdListField, readGoodsIdList } from '../liveGoods/goodsLocator';
import { roomOperation } from '../liveRoom/roomOperation';

export const { description, execute } = roomOperation({
	resource: 'liveRoomGoods',
	operation: 'sort',
	room: 'The room whose goods to sort',
	fields: [
		{
			...goodsIdListField,
			description: 'The goods of the room in their new order, first shown first',
		},
	],
	async item(ctx, client, itemIndex, roomId) {
		const goodsIds = readGoodsIdList(ctx, itemIndex, 'goods/sort');
		await sortGoods(client, roomId, goodsIds);
		return { roomId, order: goodsIds };
	},
});
