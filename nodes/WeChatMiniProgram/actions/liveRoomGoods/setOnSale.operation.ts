import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { setGoodsOnSale } from '../../transport/weChatApi';
import type { TransportOptions } from '../../transport/transportOptions';
import { WeChatClient } from '../../transport/weChatClient';
import { forEachItem } from '../forEachItem';
import { goodsLocator, readGoodsId } from '../liveGoods/goodsLocator';
import { readRoomId, roomLocator } from '../liveRoom/roomLocator';

const properties: INodeProperties[] = [
	roomLocator({ required: true, description: 'The room holding the goods' }),
	goodsLocator({ description: 'Goods in the room' }, true),
	{
		displayName: 'On Sale',
		name: 'onSale',
		type: 'boolean',
		default: true,
		description: 'Whether the goods are on sale (false takes them off the shelf)',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['liveRoomGoods'], operation: ['setOnSale'] } },
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
		const goodsId = readGoodsId(this, itemIndex, 'goods/onsale');
		const onSale = this.getNodeParameter('onSale', itemIndex) as boolean;
		await setGoodsOnSale(client, roomId, goodsId, onSale);
		return { roomId, goodsId, onSale };
	});
}
