import { removeAssistant } from '../../transport/weChatApi';
import { memberIdField, readMemberId } from './memberFields';
import { roomOperation } from './roomOperation';

export const { description, execute } = roomOperation({
	resource: 'liveRoom',
	operation: 'removeAssistant',
	room: 'The room of the assistant',
	fields: [memberIdField('Assistant', 'The WeChat ID of the assistant to remove')],
	async item(ctx, client, itemIndex, roomId) {
		const username = readMemberId(ctx, 'Assistant', itemIndex, 'room/removeassistant');
		await removeAssistant(client, roomId, username);
		return { roomId, username, removed: true };
	},
});
