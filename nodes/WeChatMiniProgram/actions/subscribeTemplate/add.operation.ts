import {
	NodeOperationError,
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import type { TransportOptions } from '../../transport/transportOptions';
import { buildAddTemplateRequest } from '../../../protocol/wechat/subscribe/addTemplateRequest';
import { addTemplate } from '../../transport/weChatApi';
import { WeChatClient } from '../../transport/weChatClient';
import { forEachItem } from '../forEachItem';

const properties: INodeProperties[] = [
	{
		displayName: 'Template Title ID',
		name: 'tid',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 401',
		description: 'The public template title (tid), from Get Public Titles',
	},
	{
		displayName: 'Keyword IDs',
		name: 'keywordIds',
		type: 'string',
		default: '',
		placeholder: 'e.g. 3, 5, 4',
		description:
			'2 to 5 keyword IDs (kid) of the title, from Get Public Keywords, in the order the message shows them. Leave empty for titles with fixed keywords (tid 10000001 to 19999999).',
	},
	{
		displayName: 'Scene Description',
		name: 'sceneDesc',
		type: 'string',
		default: '',
		description: 'When the template is sent, at most 15 characters',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['subscribeTemplate'], operation: ['add'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	transport: TransportOptions,
): Promise<INodeExecutionData[]> {
	const client = await WeChatClient.create(this, transport);
	return await forEachItem(this, items, async (itemIndex) => {
		let request;
		try {
			request = buildAddTemplateRequest(
				this.getNodeParameter('tid', itemIndex),
				this.getNodeParameter('keywordIds', itemIndex, ''),
				this.getNodeParameter('sceneDesc', itemIndex, ''),
			);
		} catch (error) {
			throw new NodeOperationError(this.getNode(), (error as Error).message, { itemIndex });
		}
		return { priTmplId: await addTemplate(client, request), ...request };
	});
}
