import { getGoodsVideo } from '../../transport/weChatApi';
import { weChatItemOperation } from '../weChatItemOperation';
import { goodsLocator, readGoodsId } from '../liveGoods/goodsLocator';
import { readRoomId, roomLocator } from '../liveRoom/roomLocator';

export const { description, execute } = weChatItemOperation({
	resource: 'liveRoomGoods',
	operation: 'getVideo',
	properties: [
		roomLocator({ required: true, description: 'The room where the goods were explained' }),
		goodsLocator({ description: 'Goods with an explanation video' }, true),
	],
	async item(ctx, client, itemIndex) {
		const roomId = readRoomId(ctx, 'roomId', itemIndex);
		const goodsId = readGoodsId(ctx, itemIndex, 'goods/getVideo');
		return { roomId, goodsId, videoUrl: await getGoodsVideo(client, roomId, goodsId) };
	},
});
