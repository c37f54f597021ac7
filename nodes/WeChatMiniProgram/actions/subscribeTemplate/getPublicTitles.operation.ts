import {
	NodeOperationError,
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import type { TransportOptions } from '../../transport/transportOptions';
import { collectOffsetPages } from '../../../protocol/common/offsetPages';
import { fetchPublicTitlePage, MAX_TITLES_PER_PAGE } from '../../transport/weChatApi';
import { WeChatClient } from '../../transport/weChatClient';
import { forEachItem } from '../forEachItem';
import { maxResultsOf, returnAllFields } from '../returnAllFields';

const properties: INodeProperties[] = [
	{
		displayName: 'Category Names or IDs',
		name: 'categoryIds',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getTemplateCategories' },
		required: true,
		default: [],
		description:
			'Categories of the account whose public titles to list. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	...returnAllFields,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['subscribeTemplate'], operation: ['getPublicTitles'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	transport: TransportOptions,
): Promise<INodeExecutionData[]> {
	const client = await WeChatClient.create(this, transport);
	return await forEachItem(this, items, async (itemIndex) => {
		const ids = categoryIdList(this.getNodeParameter('categoryIds', itemIndex));
		if (ids === '') {
			throw new NodeOperationError(this.getNode(), 'Choose at least one category', {
				itemIndex,
				description: 'Get Categories lists the categories of the account.',
			});
		}
		const { items: titles } = await collectOffsetPages(fetchPublicTitlePage(client, ids), {
			pageSize: MAX_TITLES_PER_PAGE,
			maxResults: maxResultsOf(this, itemIndex),
		});
		return titles as IDataObject[];
	});
}

/** "2,616" from [2, 616], ["2", "616"] or "2, 616". */
function categoryIdList(value: unknown): string {
	const parts = Array.isArray(value) ? value : String(value ?? '').split(',');
	return parts
		.map((part) => String(part).trim())
		.filter((part) => part !== '')
		.join(',');
}
