import {
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { getGoodsWarehouse } from '../../transport/weChatApi';
import type { TransportOptions } from '../../transport/transportOptions';
import { WeChatClient } from '../../transport/weChatClient';
import { forEachItem } from '../forEachItem';
import { goodsIdListField, readGoodsIdList } from './goodsLocator';

const properties: INodeProperties[] = [
	{ ...goodsIdListField, description: 'The goods to read: IDs separated by commas or new lines' },
];

export const description = updateDisplayOptions(
	{ show: { resource: ['liveGoods'], operation: ['getStatus'] } },
	properties,
);

/** One item per goods: its info and audit_status (0 not submitted, 1 in audit, 2 approved, 3 rejected). */
export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	transport: TransportOptions,
): Promise<INodeExecutionData[]> {
	const client = await WeChatClient.create(this, transport);
	return await forEachItem(this, items, async (itemIndex) => {
		const goodsIds = readGoodsIdList(this, itemIndex, 'getgoodswarehouse');
		return (await getGoodsWarehouse(client, goodsIds)) as IDataObject[];
	});
}
