import { removeGoodsFromRoom } from '../../transport/weChatApi';
import { weChatItemOperation } from '../weChatItemOperation';
import { goodsLocator, readGoodsId } from '../liveGoods/goodsLocator';
import { readRoomId, roomLocator } from '../liveRoom/roomLocator';

export const { description, execute } = weChatItemOperation({
	resource: 'liveRoomGoods',
	operation: 'remove',
	properties: [
		roomLocator({ required: true, description: 'The room holding the goods' }),
		goodsLocator({ description: 'The goods to take out of the room' }, true),
	],
	async item(ctx, client, itemIndex) {
		const roomId = readRoomId(ctx, 'roomId', itemIndex);
		const goodsId = readGoodsId(ctx, itemIndex, 'goods/deleteInRoom');
		await removeGoodsFromRoom(client, roomId, goodsId);
		return { roomId, goodsId, removed: true };
	},
});
