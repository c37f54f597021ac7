import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { WeChatClient } from '../../transport/weChatClient';
import { forEachItem } from '../forEachItem';
import { TEMPLATE_ERRCODES } from './templateErrcodes';
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
): Promise<INodeExecutionData[]> {
	const client = await WeChatClient.create(this);
	return await forEachItem(this, items, async (itemIndex) => {
		const priTmplId = String(this.getNodeParameter('templateId', itemIndex)).trim();
		// Deleting twice leaves the same state, so an unclear answer may be retried.
		await client.post(
			'/wxaapi/newtmpl/deltemplate',
			{ priTmplId },
			{ idempotent: true, errcodeMeanings: TEMPLATE_ERRCODES },
		);
		return { priTmplId, deleted: true };
	});
}
