import { modifyAssistant } from '../../transport/weChatApi';
import { weChatItemOperation } from '../weChatItemOperation';
import { memberIdField, nicknameField, readMemberId, readRequiredText } from './memberFields';
import { readRoomId, roomLocator } from './roomLocator';

export const { description, execute } = weChatItemOperation({
	resource: 'liveRoom',
	operation: 'updateAssistant',
	properties: [
		roomLocator({ required: true, description: 'The room of the assistant' }),
		memberIdField('Assistant', 'The WeChat ID of the assistant to rename'),
		nicknameField,
	],
	async item(ctx, client, itemIndex) {
		const endpoint = 'room/modifyassistant';
		const roomId = readRoomId(ctx, 'roomId', itemIndex);
		const username = readMemberId(ctx, 'Assistant', itemIndex, endpoint);
		const nickname = readRequiredText(ctx, 'nickname', 'Nickname', itemIndex, endpoint);
		await modifyAssistant(client, roomId, { username, nickname });
		return { roomId, username, nickname };
	},
});
