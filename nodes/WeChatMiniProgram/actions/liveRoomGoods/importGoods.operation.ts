import { importGoods } from '../../transport/weChatApi';
import { weChatItemOperation } from '../weChatItemOperation';
import { goodsIdListField, readGoodsIdList } from '../liveGoods/goodsLocator';
import { readRoomId, roomLocator } from '../liveRoom/roomLocator';

export const { description, execute } = weChatItemOperation({
	resource: 'liveRoomGoods',
	operation: 'importGoods',
	properties: [
		roomLocator({ required: true, description: 'The room that gets the goods' }),
		{
			...goodsIdListField,
			description:
				'Approved goods from the library, separated by commas or new lines, or an expression returning an array',
		},
	],
	async item(ctx, client, itemIndex) {
		const roomId = readRoomId(ctx, 'roomId', itemIndex);
		const goodsIds = readGoodsIdList(ctx, itemIndex, 'room/addgoods');
		// Not idempotent: an unclear answer is reported, never resent.
		await importGoods(client, roomId, goodsIds);
		return { roomId, imported: goodsIds };
	},
});
