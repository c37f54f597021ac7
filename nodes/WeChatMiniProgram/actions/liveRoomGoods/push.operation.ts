import { pushGoods } from '../../transport/weChatApi';
import { weChatItemOperation } from '../weChatItemOperation';
import { goodsLocator, readGoodsId } from '../liveGoods/goodsLocator';
import { readRoomId, roomLocator } from '../liveRoom/roomLocator';

export const { description, execute } = weChatItemOperation({
	resource: 'liveRoomGoods',
	operation: 'push',
	properties: [
		roomLocator({ required: true, description: 'The room holding the goods' }),
		goodsLocator({ description: 'The goods whose card pops up for every viewer' }, true),
	],
	async item(ctx, client, itemIndex) {
		const roomId = readRoomId(ctx, 'roomId', itemIndex);
		const goodsId = readGoodsId(ctx, itemIndex, 'goods/push');
		// Not idempotent: a resent push would pop the card up twice, so an unclear answer is reported.
		await pushGoods(client, roomId, goodsId);
		return { roomId, goodsId, pushed: true };
	},
});
