import {
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import type { TransportOptions } from '../../transport/transportOptions';
import { parseTemplateKeywords } from '../../../protocol/wechat/subscribe/templateKeywords';
import { fetchPrivateTemplates } from '../../transport/weChatApi';
import { WeChatClient } from '../../transport/weChatClient';
import { forEachItem } from '../forEachItem';
import { maxResultsOf, returnAllFields } from '../returnAllFields';

const properties: INodeProperties[] = [...returnAllFields];

export const description = updateDisplayOptions(
	{ show: { resource: ['subscribeTemplate'], operation: ['getMany'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	transport: TransportOptions,
): Promise<INodeExecutionData[]> {
	const client = await WeChatClient.create(this, transport);
	return await forEachItem(this, items, async (itemIndex) => {
		const templates = await fetchPrivateTemplates(client);
		const wanted = templates.slice(0, maxResultsOf(this, itemIndex));
		return wanted.map((template) => ({
			...template,
			keywords: parseTemplateKeywords(String(template.content ?? '')),
		})) as IDataObject[];
	});
}
