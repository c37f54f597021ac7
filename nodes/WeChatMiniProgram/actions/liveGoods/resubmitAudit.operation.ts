import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { resubmitGoodsAudit } from '../../transport/weChatApi';
import type { TransportOptions } from '../../transport/transportOptions';
import { WeChatClient } from '../../transport/weChatClient';
import { forEachItem } from '../forEachItem';
import { goodsLocator, readGoodsId } from './goodsLocator';

const properties: INodeProperties[] = [
	goodsLocator({ description: 'Goods whose audit was withdrawn' }),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['liveGoods'], operation: ['resubmitAudit'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	transport: TransportOptions,
): Promise<INodeExecutionData[]> {
	const client = await WeChatClient.create(this, transport);
	return await forEachItem(this, items, async (itemIndex) => {
		const goodsId = readGoodsId(this, itemIndex, 'goods/audit');
		const { auditId } = await resubmitGoodsAudit(client, goodsId);
		return { goodsId, auditId };
	});
}
