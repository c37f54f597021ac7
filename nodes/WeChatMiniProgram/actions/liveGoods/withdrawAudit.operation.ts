import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { withdrawGoodsAudit } from '../../transport/weChatApi';
import type { TransportOptions } from '../../transport/transportOptions';
import { WeChatClient } from '../../transport/weChatClient';
import { forEachItem } from '../forEachItem';
import { goodsLocator, readGoodsId } from './goodsLocator';

const properties: INodeProperties[] = [
	goodsLocator({ description: 'Goods in audit' }),
	{
		displayName: 'Audit ID',
		name: 'auditId',
		type: 'number',
		required: true,
		default: 0,
		description: 'The audit ID that Add or Resubmit Audit returned',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['liveGoods'], operation: ['withdrawAudit'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	transport: TransportOptions,
): Promise<INodeExecutionData[]> {
	const client = await WeChatClient.create(this, transport);
	return await forEachItem(this, items, async (itemIndex) => {
		const goodsId = readGoodsId(this, itemIndex, 'goods/resetaudit');
		const auditId = Number(this.getNodeParameter('auditId', itemIndex));
		await withdrawGoodsAudit(client, goodsId, auditId);
		return { goodsId, auditId, withdrawn: true };
	});
}
