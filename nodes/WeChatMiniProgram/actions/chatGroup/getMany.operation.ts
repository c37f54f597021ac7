import type { IDataObject } from 'n8n-workflow';

import { collectCursorPages } from '../../../protocol/common/cursorPages';
import { tencentCursor } from '../../../protocol/tencent/cursorNames';
import { GROUP_TYPES, MAX_GROUPS_PER_PAGE } from '../../../protocol/tencent/groupCommands';
import { getGroupListPage } from '../../transport/tencentApi/chatGroup';
import { optionsCollection, rateLimitWaitOption } from '../common.descriptions';
import { maxResultsOf, returnAllFields } from '../returnAllFields';
import { tencentItemOperation } from '../tencentItemOperation';

export const { description, execute } = tencentItemOperation({
	resource: 'chatGroup',
	operation: 'getMany',
	properties: [
		...returnAllFields,
		{
			displayName: 'Group Type',
			name: 'groupType',
			type: 'options',
			default: '',
			options: [
				{ name: 'All Types', value: '' },
				...[...GROUP_TYPES].sort().map((type) => ({ name: type, value: type })),
			],
			description: 'Only groups of this type',
		},
		optionsCollection([rateLimitWaitOption]),
		{
			displayName:
				'Tencent allows one call a second to list groups: each page of up to 10000 groups waits for the one before',
			name: 'pageLimitNotice',
			type: 'notice',
			default: '',
		},
	],
	async item(ctx, client, itemIndex) {
		const groupType = String(ctx.getNodeParameter('groupType', itemIndex, '') ?? '');
		const { items: groups } = await collectCursorPages<IDataObject, string>(
			async (next, pageSize) => await getGroupListPage(client, pageSize, next, groupType),
			{
				pageSize: MAX_GROUPS_PER_PAGE,
				maxResults: maxResultsOf(ctx, itemIndex),
				...tencentCursor('Next'),
			},
		);
		return groups.map((group) => ({ groupId: String(group.GroupId ?? '') }));
	},
});
