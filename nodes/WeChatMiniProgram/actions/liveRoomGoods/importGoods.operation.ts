import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { importGoods } from '../../transport/weChatApi';
import type { TransportOptions } from '../../transport/transportOptions';
import { WeChatClient } from '../../transport/weChatClient';
import { forEachItem } from '../forEachItem';
import { goodsIdListField, readGoodsIdList } from '../liveGoods/goodsLocator';
import { readRoomId, roomLocator } from '../liveRoom/roomLocator';

const properties: INodeProperties[] = [
	roomLocator({ required: true, description: 'The room that gets the goods' }),
	{
		...goodsIdListField,
		description:
			'Approved goods from the library, separated by commas or new lines, or an expression returning an array',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['liveRoomGoods'], operation: ['importGoods'] } },
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
		const goodsIds = readGoodsIdList(this, itemIndex, 'room/addgoods');
		// Not idempotent: an unclear answer is reported, never resent.
		await importGoods(client, roomId, goodsIds);
		return { roomId, imported: goodsIds };
	});
}
