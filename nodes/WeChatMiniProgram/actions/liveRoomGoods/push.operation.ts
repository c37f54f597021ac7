import { pushGoods } from '../../transport/weChatApi';
import { goodsLocator, readGoodsId } from '../liveGoods/goodsLocator';
import { roomOperation } from '../liveRoom/roomOperation';

export const { description, execute } = roomOperation({
	resource: 'liveRoomGoods',
	operation: 'push',
	room: 'The room holding the goods',
	fields: [goodsLocator({ description: 'The goods whose card pops up for every viewer' }, true)],
	async item(ctx, client, itemIndex, roomId) {
		const goodsId = readGoodsId(ctx, itemIndex, 'goods/push');
		// Not idempotent: a resent push would pop the card up twice, so an unclear answer is reported.
		await pushGoods(client, roomId, goodsId);
		return { roomId, goodsId, pushed: true };
	},
});
