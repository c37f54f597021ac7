import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import type { TransportOptions } from '../../transport/transportOptions';
import { deleteTemplate } from '../../transport/weChatApi';
import { WeChatClient } from '../../transport/weChatClient';
import { forEachItem } from '../forEachItem';
import { templatePicker } from './templatePicker';

const properties: INodeProperties[] = [
	{
		...templatePicker,
		description: `The private template to delete. ${templatePicker.description}`,
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['subscribeTemplate'], operation: ['delete'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	transport: TransportOptions,
): Promise<INodeExecutionData[]> {
	const client = await WeChatClient.create(this, transport);
	return await forEachItem(this, items, async (itemIndex) => {
		const priTmplId = String(this.getNodeParameter('templateId', itemIndex)).trim();
		await deleteTemplate(client, priTmplId);
		return { priTmplId, deleted: true };
	});
}
