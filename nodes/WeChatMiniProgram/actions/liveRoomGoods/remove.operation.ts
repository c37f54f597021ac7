import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { removeGoodsFromRoom } from '../../transport/weChatApi/broadcast';
import { WeChatClient } from '../../transport/weChatClient';
import { forEachItem } from '../forEachItem';
import { goodsLocator, readGoodsId } from '../liveGoods/goodsLocator';
import { readRoomId, roomLocator } from '../liveRoom/roomLocator';

const properties: INodeProperties[] = [
	roomLocator({ required: true, description: 'The room holding the goods' }),
	goodsLocator({ description: 'The goods to take out of the room' }, true),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['liveRoomGoods'], operation: ['remove'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const client = await WeChatClient.create(this);
	return await forEachItem(this, items, async (itemIndex) => {
		const roomId = readRoomId(this, 'roomId', itemIndex);
		const goodsId = readGoodsId(this, itemIndex, 'goods/deleteInRoom');
		await removeGoodsFromRoom(client, roomId, goodsId);
		return { roomId, goodsId, removed: true };
	});
}
