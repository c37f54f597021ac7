import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { pushGoods } from '../../transport/weChatApi';
import type { TransportOptions } from '../../transport/transportOptions';
import { WeChatClient } from '../../transport/weChatClient';
import { forEachItem } from '../forEachItem';
import { goodsLocator, readGoodsId } from '../liveGoods/goodsLocator';
import { readRoomId, roomLocator } from '../liveRoom/roomLocator';

const properties: INodeProperties[] = [
	roomLocator({ required: true, description: 'The room holding the goods' }),
	goodsLocator({ description: 'The goods whose card pops up for every viewer' }, true),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['liveRoomGoods'], operation: ['push'] } },
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
		const goodsId = readGoodsId(this, itemIndex, 'goods/push');
		// Not idempotent: a resent push would pop the card up twice, so an unclear answer is reported.
		await pushGoods(client, roomId, goodsId);
		return { roomId, goodsId, pushed: true };
	});
}
