import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { getGoodsVideo } from '../../transport/weChatApi';
import type { TransportOptions } from '../../transport/transportOptions';
import { WeChatClient } from '../../transport/weChatClient';
import { forEachItem } from '../forEachItem';
import { goodsLocator, readGoodsId } from '../liveGoods/goodsLocator';
import { readRoomId, roomLocator } from '../liveRoom/roomLocator';

const properties: INodeProperties[] = [
	roomLocator({ required: true, description: 'The room where the goods were explained' }),
	goodsLocator({ description: 'Goods with an explanation video' }, true),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['liveRoomGoods'], operation: ['getVideo'] } },
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
		const goodsId = readGoodsId(this, itemIndex, 'goods/getVideo');
		return { roomId, goodsId, videoUrl: await getGoodsVideo(client, roomId, goodsId) };
	});
}
