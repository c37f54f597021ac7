import {
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import type { TransportOptions } from '../../transport/transportOptions';
import { fetchTemplateCategories } from '../../transport/weChatApi';
import { WeChatClient } from '../../transport/weChatClient';
import { forEachItem } from '../forEachItem';

const properties: INodeProperties[] = [];

export const description = updateDisplayOptions(
	{ show: { resource: ['subscribeTemplate'], operation: ['getCategories'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	transport: TransportOptions,
): Promise<INodeExecutionData[]> {
	const client = await WeChatClient.create(this, transport);
	return await forEachItem(
		this,
		items,
		async () => (await fetchTemplateCategories(client)) as IDataObject[],
	);
}
