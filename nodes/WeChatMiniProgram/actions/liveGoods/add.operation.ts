import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { addGoods } from '../../transport/weChatApi';
import type { TransportOptions } from '../../transport/transportOptions';
import { WeChatClient } from '../../transport/weChatClient';
import { forEachItem } from '../forEachItem';
import { addGoodsFields, readNewGoods } from './goodsFields';

const properties: INodeProperties[] = [...addGoodsFields];

export const description = updateDisplayOptions(
	{ show: { resource: ['liveGoods'], operation: ['add'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	transport: TransportOptions,
): Promise<INodeExecutionData[]> {
	const client = await WeChatClient.create(this, transport);
	return await forEachItem(this, items, async (itemIndex) => {
		const goodsInfo = await readNewGoods(this, client, itemIndex);
		// Adds the goods and submits them for audit (one of 500 a day): never resent.
		const { goodsId, auditId } = await addGoods(client, goodsInfo);
		return { goodsId, auditId, name: goodsInfo.name as string };
	});
}
