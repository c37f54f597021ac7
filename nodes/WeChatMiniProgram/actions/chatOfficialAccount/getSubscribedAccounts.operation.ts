import type { IDataObject } from 'n8n-workflow';

import { collectCursorPages } from '../../../protocol/common/cursorPages';
import { tencentCursor } from '../../../protocol/tencent/cursorNames';
import { MAX_SUBSCRIBED_ACCOUNTS_PER_PAGE } from '../../../protocol/tencent/officialAccountCommands';
import { getSubscribedAccountPage } from '../../transport/tencentApi/chatOfficialAccount';
import { maxResultsOf, returnAllFields } from '../returnAllFields';
import { tencentItemOperation } from '../tencentItemOperation';
import { readRequiredString } from './fields';

export const { description, execute } = tencentItemOperation({
	resource: 'chatOfficialAccount',
	operation: 'getSubscribedAccounts',
	properties: [
		{
			displayName: 'Subscriber UserID',
			name: 'subscriber',
			type: 'string',
			required: true,
			default: '',
			description: 'The user whose subscribed official accounts are listed',
		},
		...returnAllFields,
	],
	async item(ctx, client, itemIndex) {
		const subscriber = readRequiredString(ctx, 'subscriber', 'Subscriber UserID', itemIndex);
		const { items: accounts } = await collectCursorPages<IDataObject, number>(
			async (offset, pageSize) =>
				await getSubscribedAccountPage(client, subscriber, pageSize, offset),
			{
				pageSize: MAX_SUBSCRIBED_ACCOUNTS_PER_PAGE,
				maxResults: maxResultsOf(ctx, itemIndex),
				...tencentCursor('Offset'),
			},
		);
		return accounts.map((account) => ({ subscriber, ...account }));
	},
});
