import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { removeGoodsFromRoom } from '../../transport/weChatApi';
import type { TransportOptions } from '../../transport/transportOptions';
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
	transport: TransportOptions,
): Promise<INodeExecutionData[]> {
	const client = await WeChatClient.create(this, transport);
	return await forEachItem(this, items, async (itemIndex) => {
		const roomId = readRoomId(this, 'roomId', itemIndex);
		const goodsId = readGoodsId(this, itemIndex, 'goods/deleteInRoom');
		await removeGoodsFromRoom(client, roomId, goodsId);
		return { roomId, goodsId, removed: true };
	});
}
