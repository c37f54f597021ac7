import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { sortGoods } from '../../transport/weChatApi';
import type { TransportOptions } from '../../transport/transportOptions';
import { WeChatClient } from '../../transport/weChatClient';
import { forEachItem } from '../forEachItem';
import { goodsIdListField, readGoodsIdList } from '../liveGoods/goodsLocator';
import { readRoomId, roomLocator } from '../liveRoom/roomLocator';

const properties: INodeProperties[] = [
	roomLocator({ required: true, description: 'The room whose goods to sort' }),
	{
		...goodsIdListField,
		description: 'The goods of the room in their new order, first shown first',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['liveRoomGoods'], operation: ['sort'] } },
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
		const goodsIds = readGoodsIdList(this, itemIndex, 'goods/sort');
		await sortGoods(client, roomId, goodsIds);
		return { roomId, order: goodsIds };
	});
}
