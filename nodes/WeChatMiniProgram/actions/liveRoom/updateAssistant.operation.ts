import { modifyAssistant } from '../../transport/weChatApi';
import { memberIdField, nicknameField, readMemberId, readRequiredText } from './memberFields';
import { roomOperation } from './roomOperation';

export const { description, execute } = roomOperation({
	resource: 'liveRoom',
	operation: 'updateAssistant',
	room: 'The room of the assistant',
	fields: [memberIdField('Assistant', 'The WeChat ID of the assistant to rename'), nicknameField],
	async item(ctx, client, itemIndex, roomId) {
		const endpoint = 'room/modifyassistant';
		const username = readMemberId(ctx, 'Assistant', itemIndex, endpoint);
		const nickname = readRequiredText(ctx, 'nickname', 'Nickname', itemIndex, endpoint);
		await modifyAssistant(client, roomId, { username, nickname });
		return { roomId, username, nickname };
	},
});
