import type { IDataObject } from 'n8n-workflow';

import { collectCursorPages } from '../../../protocol/common/cursorPages';
import { tencentCursor } from '../../../protocol/tencent/cursorNames';
import { MESSAGES_PER_HISTORY_PAGE } from '../../../protocol/tencent/officialAccountCommands';
import { getMessagePage } from '../../transport/tencentApi/chatOfficialAccount';
import { maxResultsOf, returnAllFields } from '../returnAllFields';
import { tencentItemOperation } from '../tencentItemOperation';
import { officialAccountField, readOfficialAccount } from './fields';

export const { description, execute } = tencentItemOperation({
	resource: 'chatOfficialAccount',
	operation: 'getMessages',
	properties: [
		officialAccountField,
		...returnAllFields,
		{
			displayName: 'Include Recalled Messages',
			name: 'withRecalled',
			type: 'boolean',
			default: false,
			description: 'Whether to include messages that were recalled',
		},
	],
	async item(ctx, client, itemIndex) {
		const officialAccount = readOfficialAccount(ctx, itemIndex);
		const withRecalled = ctx.getNodeParameter('withRecalled', itemIndex, false) as boolean;
		const { items: messages } = await collectCursorPages<IDataObject, string>(
			async (lastMsgKey, pageSize) =>
				await getMessagePage(client, officialAccount, pageSize, lastMsgKey, withRecalled),
			{
				pageSize: MESSAGES_PER_HISTORY_PAGE,
				maxResults: maxResultsOf(ctx, itemIndex),
				...tencentCursor('LastMsgKey'),
			},
		);
		return messages.map((message) => ({ officialAccount, ...message }));
	},
});
