import type { IDataObject } from 'n8n-workflow';

import { collectCursorPages } from '../../../protocol/common/cursorPages';
import { MESSAGES_PER_ROAMING_PAGE } from '../../../protocol/tencent/chatMessageCommands';
import { getRoamingMessagePage } from '../../transport/tencentApi/chatMessage';
import { readRequiredString, userIdField } from '../chatOfficialAccount/fields';
import { maxResultsOf, returnAllFields } from '../returnAllFields';
import { tencentItemOperation } from '../tencentItemOperation';
import { peerAccountField } from './messageFields';
import { readUnixSeconds } from './timeFields';

export const { description, execute } = tencentItemOperation({
	resource: 'chatMessage',
	operation: 'getHistory',
	properties: [
		userIdField('operatorAccount', 'Account', 'UserID of one side of the conversation'),
		peerAccountField,
		...returnAllFields,
		{
			displayName: 'From Time',
			name: 'minTime',
			type: 'dateTime',
			default: '',
			description: 'Only messages sent at or after this time; empty starts at the oldest kept',
		},
		{
			displayName: 'To Time',
			name: 'maxTime',
			type: 'dateTime',
			default: '',
			description: 'Only messages sent at or before this time; empty ends now',
		},
	],
	async item(ctx, client, itemIndex) {
		const operatorAccount = readRequiredString(ctx, 'operatorAccount', 'Account', itemIndex);
		const peerAccount = readRequiredString(ctx, 'peerAccount', 'Peer Account', itemIndex);
		const query = {
			operatorAccount,
			peerAccount,
			minTime: readUnixSeconds(ctx, 'minTime', 'From Time', itemIndex) ?? 0,
			maxTime:
				readUnixSeconds(ctx, 'maxTime', 'To Time', itemIndex) ??
				Math.floor(client.clock.now() / 1000),
		};
		const { items: messages } = await collectCursorPages<IDataObject, string>(
			async (cursor, pageSize) => await getRoamingMessagePage(client, query, pageSize, cursor),
			{
				pageSize: MESSAGES_PER_ROAMING_PAGE,
				maxResults: maxResultsOf(ctx, itemIndex),
				service: 'Tencent Cloud Chat admin_getroammsg',
				cursorName: (cursor) => `the LastMsgTime|LastMsgKey cursor "${cursor}"`,
			},
		);
		return messages.map((message) => ({ account: operatorAccount, peerAccount, ...message }));
	},
});
