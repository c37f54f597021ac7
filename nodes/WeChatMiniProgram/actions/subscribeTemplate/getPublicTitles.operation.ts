import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject } from 'n8n-workflow';

import { collectOffsetPages } from '../../../protocol/common/offsetPages';
import { fetchPublicTitlePage, MAX_TITLES_PER_PAGE } from '../../transport/weChatApi';
import { maxResultsOf, returnAllFields } from '../returnAllFields';
import { weChatItemOperation } from '../weChatItemOperation';

export const { description, execute } = weChatItemOperation({
	resource: 'subscribeTemplate',
	operation: 'getPublicTitles',
	properties: [
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
	],
	async item(ctx, client, itemIndex) {
		const ids = categoryIdList(ctx.getNodeParameter('categoryIds', itemIndex));
		if (ids === '') {
			throw new NodeOperationError(ctx.getNode(), 'Choose at least one category', {
				itemIndex,
				description: 'Get Categories lists the categories of the account.',
			});
		}
		const { items: titles } = await collectOffsetPages(fetchPublicTitlePage(client, ids), {
			pageSize: MAX_TITLES_PER_PAGE,
			maxResults: maxResultsOf(ctx, itemIndex),
		});
		return titles as IDataObject[];
	},
});

/** "2,616" from [2, 616], ["2", "616"] or "2, 616". */
function categoryIdList(value: unknown): string {
	const parts = Array.isArray(value) ? value : String(value ?? '').split(',');
	return parts
		.map((part) => String(part).trim())
		.filter((part) => part !== '')
		.join(',');
}
