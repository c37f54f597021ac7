import { sendChatMessage } from '../../transport/tencentApi/chatMessage';
import { readRequiredString } from '../chatOfficialAccount/fields';
import { tencentItemOperation } from '../tencentItemOperation';
import { fromAccountField, messageFields, messageOptions, readSendBody } from './messageFields';

export const toAccountField = {
	displayName: 'To Account',
	name: 'toAccount',
	type: 'string' as const,
	required: true,
	default: '',
	placeholder: 'customer_1024',
	description: 'UserID of the recipient',
};

export const { description, execute } = tencentItemOperation({
	resource: 'chatMessage',
	operation: 'send',
	properties: [fromAccountField, toAccountField, ...messageFields, messageOptions],
	async item(ctx, client, itemIndex) {
		const toAccount = readRequiredString(ctx, 'toAccount', 'To Account', itemIndex);
		const body: Record<string, unknown> = {
			...readSendBody(ctx, itemIndex),
			To_Account: toAccount,
		};
		const sent = await sendChatMessage(client, body);
		return {
			...(typeof body.From_Account === 'string' && { fromAccount: body.From_Account }),
			toAccount,
			status: 'sent',
			...sent,
		};
	},
});
