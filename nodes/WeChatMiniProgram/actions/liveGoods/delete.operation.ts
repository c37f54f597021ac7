import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { deleteGoods } from '../../transport/weChatApi';
import type { TransportOptions } from '../../transport/transportOptions';
import { WeChatClient } from '../../transport/weChatClient';
import { forEachItem } from '../forEachItem';
import { goodsLocator, readGoodsId } from './goodsLocator';

const properties: INodeProperties[] = [
	goodsLocator({
		description: 'Goods to delete from the library; rooms that hold them lose them too',
	}),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['liveGoods'], operation: ['delete'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	transport: TransportOptions,
): Promise<INodeExecutionData[]> {
	const client = await WeChatClient.create(this, transport);
	return await forEachItem(this, items, async (itemIndex) => {
		const goodsId = readGoodsId(this, itemIndex, 'goods/delete');
		await deleteGoods(client, goodsId);
		return { goodsId, deleted: true };
	});
}
