import {
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import type { TransportOptions } from '../../transport/transportOptions';
import { fetchPublicKeywords } from '../../transport/weChatApi';
import { WeChatClient } from '../../transport/weChatClient';
import { forEachItem } from '../forEachItem';

const properties: INodeProperties[] = [
	{
		displayName: 'Template Title ID',
		name: 'tid',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 99',
		description: 'The public template title (tid) whose keywords to list, from Get Public Titles',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['subscribeTemplate'], operation: ['getPublicKeywords'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	transport: TransportOptions,
): Promise<INodeExecutionData[]> {
	const client = await WeChatClient.create(this, transport);
	return await forEachItem(this, items, async (itemIndex) => {
		const tid = String(this.getNodeParameter('tid', itemIndex)).trim();
		const keywords = await fetchPublicKeywords(client, tid);
		return keywords.map((keyword) => ({ tid, ...keyword }) as IDataObject);
	});
}
