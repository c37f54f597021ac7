import { updateDisplayOptions, type IDataObject, type IExecuteFunctions, type INodeExecutionData, type INodeProperties } from 'n8n-workflow';

import { parseTemplateKeywords } from '../../../protocol/wechat/subscribe/templateKeywords';
import { WeChatClient } from '../../transport/weChatClient';
import { forEachItem } from '../forEachItem';
import { fetchPrivateTemplates } from './privateTemplates';

const properties: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: { show: { returnAll: [false] } },
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['subscribeTemplate'], operation: ['getMany'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const client = await WeChatClient.create(this);
	return await forEachItem(this, items, async (itemIndex) => {
		const returnAll = this.getNodeParameter('returnAll', itemIndex) as boolean;
		const templates = await fetchPrivateTemplates(client);
		const wanted = returnAll ? templates : templates.slice(0, this.getNodeParameter('limit', itemIndex) as number);
		return wanted.map((template) => ({ ...template, keywords: parseTemplateKeywords(String(template.content ?? '')) })) as IDataObject[];
	});
}
