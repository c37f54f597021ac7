import { listValue, splitList } from '../../../protocol/common/lists';
import { getUnreadCount } from '../../transport/tencentApi/chatMessage';
import { readRequiredString, userIdField } from '../chatOfficialAccount/fields';
import { tencentItemOperation } from '../tencentItemOperation';

export const { description, execute } = tencentItemOperation({
	resource: 'chatMessage',
	operation: 'getUnreadCount',
	properties: [
		userIdField('toAccount', 'Account', 'UserID whose unread one-to-one messages are counted'),
		{
			displayName: 'Peer Accounts',
			name: 'peerAccounts',
			type: 'string',
			default: '',
			placeholder: 'user1, user2',
			description:
				'Count only the conversations with these UserIDs (commas or new lines, or an expression returning an array); empty counts every conversation',
		},
	],
	async item(ctx, client, itemIndex) {
		const toAccount = readRequiredString(ctx, 'toAccount', 'Account', itemIndex);
		const peers = splitList(ctx.getNodeParameter('peerAccounts', itemIndex, ''))
			.map(listValue)
			.filter(Boolean);
		const count = await getUnreadCount(client, toAccount, peers);
		return { account: toAccount, totalUnread: count.total, peers: count.peers };
	},
});
