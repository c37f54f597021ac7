import { getGoodsVideo } from '../../transport/weChatApi';
import { goodsLocator, readGoodsId } from '../liveGoods/goodsLocator';
import { roomOperation } from '../liveRoom/roomOperation';

export const { description, execute } = roomOperation({
	resource: 'liveRoomGoods',
	operation: 'getVideo',
	room: 'The room where the goods were explained',
	fields: [goodsLocator({ description: 'Goods with an explanation video' }, true)],
	async item(ctx, client, itemIndex, roomId) {
		const goodsId = readGoodsId(ctx, itemIndex, 'goods/getVideo');
		return { roomId, goodsId, videoUrl: await getGoodsVideo(client, roomId, goodsId) };
	},
});
