import { removeGoodsFromRoom } from '../../transport/weChatApi';
import { goodsLocator, readGoodsId } from '../liveGoods/goodsLocator';
import { roomOperation } from '../liveRoom/roomOperation';

export const { description, execute } = roomOperation({
	resource: 'liveRoomGoods',
	operation: 'remove',
	room: 'The room holding the goods',
	fields: [goodsLocator({ description: 'The goods to take out of the room' }, true)],
	async item(ctx, client, itemIndex, roomId) {
		const goodsId = readGoodsId(ctx, itemIndex, 'goods/deleteInRoom');
		await removeGoodsFromRoom(client, roomId, goodsId);
		return { roomId, goodsId, removed: true };
	},
});
