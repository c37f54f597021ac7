import type { IDataObject } from 'n8n-workflow';

import { collectOffsetPages } from '../../../protocol/common/offsetPages';
import { MAX_ROLE_PAGE } from '../../../protocol/wechat/broadcast/pageSizes';
import { memberPages } from '../../transport/weChatApi';
import { weChatItemOperation } from '../weChatItemOperation';
import { maxResultsOf, returnAllFields } from '../returnAllFields';

/**
 * One item per member. WeChat masks the WeChat IDs in this list ("o0****0o"), so they cannot be fed
 * back into Add or Remove; that is also why there is no member picker.
 */
export const { description, execute } = weChatItemOperation({
	resource: 'liveRole',
	operation: 'getMany',
	properties: [
		{
			displayName: 'Role',
			name: 'role',
			type: 'options',
			options: [
				{ name: 'Admin', value: 1 },
				{ name: 'All Members', value: -1 },
				{ name: 'Anchor', value: 2 },
				{ name: 'Operator', value: 3 },
				{ name: 'Super Admin', value: 0 },
			],
			default: -1,
		},
		{
			displayName: 'Search',
			name: 'keyword',
			type: 'string',
			default: '',
			description: 'Only members whose WeChat ID or nickname matches',
		},
		...returnAllFields,
	],
	async item(ctx, client, itemIndex) {
		const role = Number(ctx.getNodeParameter('role', itemIndex, -1));
		const keyword = String(ctx.getNodeParameter('keyword', itemIndex, '') ?? '').trim();
		const { items: members } = await collectOffsetPages(memberPages(client, role, keyword), {
			pageSize: MAX_ROLE_PAGE,
			maxResults: maxResultsOf(ctx, itemIndex),
		});
		return members as IDataObject[];
	},
});
