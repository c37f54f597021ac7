import { setTyping } from '../../transport/weChatApi';
import type { TypingCommand } from '../../transport/weChatApi';
import { weChatItemOperation } from '../weChatItemOperation';
import { openidField } from './openidField';

export const { description, execute } = weChatItemOperation({
	resource: 'customerService',
	operation: 'setTyping',
	properties: [
		openidField,
		{
			displayName: 'Status',
			name: 'command',
			type: 'options',
			default: 'Typing',
			description:
				'Show the user that an answer is being written (for 15 seconds, or until a message is sent), or stop showing it',
			options: [
				{ name: 'Stop Typing', value: 'CancelTyping' },
				{ name: 'Typing', value: 'Typing' },
			],
		},
	],
	async item(ctx, client, itemIndex) {
		const touser = String(ctx.getNodeParameter('openid', itemIndex, '')).trim();
		const command = ctx.getNodeParameter('command', itemIndex) as TypingCommand;
		if (!touser) throw new Error(`Item ${itemIndex}: Recipient Openid is empty`);
		const { errmsg } = await setTyping(client, touser, command);
		return { touser, command, errcode: 0, errmsg };
	},
});
