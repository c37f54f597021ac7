import { importGoods } from '../../transport/weChatApi';
import { goodsIdListField, readGoodsIdList } from '../liveGoods/goodsLocator';
import { roomOperation } from '../liveRoom/roomOperation';

export const { description, execute } = roomOperation({
	resource: 'liveRoomGoods',
	operation: 'importGoods',
	room: 'The room that gets the goods',
	fields: [
		{
			...goodsIdListField,
			description:
				'Approved goods from the library, separated by commas or new lines, or an expression returning an array',
		},
	],
	async item(ctx, client, itemIndex, roomId) {
		const goodsIds = readGoodsIdList(ctx, itemIndex, 'room/addgoods');
		// Not idempotent: an unclear answer is reported, never resent.
		await importGoods(client, roomId, goodsIds);
		return { roomId, imported: goodsIds };
	},
});
