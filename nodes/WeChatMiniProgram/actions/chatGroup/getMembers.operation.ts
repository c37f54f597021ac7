import type { IDataObject } from 'n8n-workflow';

import { collectCursorPages } from '../../../protocol/common/cursorPages';
import { MAX_MEMBERS_PER_PAGE } from '../../../protocol/tencent/groupCommands';
import { getGroupMemberPage } from '../../transport/tencentApi/chatGroup';
import type { MemberCursor } from '../../transport/tencentApi/chatGroup';
import { maxResultsOf, returnAllFields } from '../returnAllFields';
import { tencentInFlightOperation } from '../tencentItemOperation';
import { groupIdField, readGroupId } from './fields';

export const { description, execute } = tencentInFlightOperation({
	resource: 'chatGroup',
	operation: 'getMembers',
	properties: [groupIdField, ...returnAllFields],
	async item(ctx, client, itemIndex) {
		const groupId = readGroupId(ctx, itemIndex);
		const { items: members } = await collectCursorPages<IDataObject, MemberCursor>(
			async (cursor, pageSize) => await getGroupMemberPage(client, groupId, pageSize, cursor),
			{
				pageSize: MAX_MEMBERS_PER_PAGE,
				maxResults: maxResultsOf(ctx, itemIndex),
				service: 'Tencent Cloud Chat',
				cursorName: (cursor) =>
					typeof cursor === 'number' ? `the Offset ${cursor}` : `the Next cursor "${cursor}"`,
				itemsName: 'members',
			},
		);
		return members.map((member) => ({ groupId, ...member }));
	},
});
