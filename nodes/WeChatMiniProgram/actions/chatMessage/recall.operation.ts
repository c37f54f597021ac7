import { recallChatMessage } from '../../transport/tencentApi/chatMessage';
import { readRequiredString, userIdField } from '../chatOfficialAccount/fields';
import { tencentItemOperation } from '../tencentItemOperation';

export const { description, execute } = tencentItemOperation({
	resource: 'chatMessage',
	operation: 'recall',
	properties: [
		userIdField('fromAccount', 'From Account', 'UserID that sent the message'),
		userIdField('toAccount', 'To Account', 'UserID that received the message'),
		{
			displayName: 'Message Key',
			name: 'msgKey',
			type: 'string',
			required: true,
			default: '',
			placeholder: '={{ $json.msgKey }}',
			description: 'The MsgKey Send returned for the message',
		},
	],
	async item(ctx, client, itemIndex) {
		const fromAccount = readRequiredString(ctx, 'fromAccount', 'From Account', itemIndex);
		const toAccount = readRequiredString(ctx, 'toAccount', 'To Account', itemIndex);
		const msgKey = readRequiredString(ctx, 'msgKey', 'Message Key', itemIndex);
		await recallChatMessage(client, fromAccount, toAccount, msgKey);
		return { fromAccount, toAccount, msgKey, status: 'recalled' };
	},
});
