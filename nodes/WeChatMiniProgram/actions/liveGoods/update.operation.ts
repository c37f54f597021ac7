import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { updateGoods } from '../../transport/weChatApi';
import type { TransportOptions } from '../../transport/transportOptions';
import { WeChatClient } from '../../transport/weChatClient';
import { forEachItem } from '../forEachItem';
import { readGoodsChanges, updateGoodsFields } from './goodsFields';
import { goodsLocator, readGoodsId } from './goodsLocator';

const properties: INodeProperties[] = [
	goodsLocator({
		description: 'Goods to change: approved goods take only price changes, goods in audit none',
	}),
	...updateGoodsFields,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['liveGoods'], operation: ['update'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	transport: TransportOptions,
): Promise<INodeExecutionData[]> {
	const client = await WeChatClient.create(this, transport);
	return await forEachItem(this, items, async (itemIndex) => {
		const goodsId = readGoodsId(this, itemIndex, 'goods/update');
		const goodsInfo = await readGoodsChanges(this, client, itemIndex, goodsId);
		await updateGoods(client, goodsInfo);
		return { ...goodsInfo, updated: true };
	});
}
