import { markChatMessagesRead } from '../../transport/tencentApi/chatMessage';
import { readRequiredString, userIdField } from '../chatOfficialAccount/fields';
import { tencentItemOperation } from '../tencentItemOperation';
import { peerAccountField } from './messageFields';
import { readUnixSeconds } from './timeFields';

export const { description, execute } = tencentItemOperation({
	resource: 'chatMessage',
	operation: 'markRead',
	properties: [
		userIdField('reportAccount', 'Account', 'UserID whose received messages are marked read'),
		peerAccountField,
		{
			displayName: 'Read Up To',
			name: 'readTime',
			type: 'dateTime',
			default: '',
			description: 'Messages up to this time are marked read; empty marks every message read',
		},
	],
	async item(ctx, client, itemIndex) {
		const reportAccount = readRequiredString(ctx, 'reportAccount', 'Account', itemIndex);
		const peerAccount = readRequiredString(ctx, 'peerAccount', 'Peer Account', itemIndex);
		const readTime = readUnixSeconds(ctx, 'readTime', 'Read Up To', itemIndex);
		await markChatMessagesRead(client, reportAccount, peerAccount, readTime);
		return {
			account: reportAccount,
			peerAccount,
			status: 'markedRead',
			...(readTime !== undefined && { readTime }),
		};
	},
});
