import { removeAssistant } from '../../transport/weChatApi';
import { weChatItemOperation } from '../weChatItemOperation';
import { memberIdField, readMemberId } from './memberFields';
import { readRoomId, roomLocator } from './roomLocator';

export const { description, execute } = weChatItemOperation({
	resource: 'liveRoom',
	operation: 'removeAssistant',
	properties: [
		roomLocator({ required: true, description: 'The room of the assistant' }),
		memberIdField('Assistant', 'The WeChat ID of the assistant to remove'),
	],
	async item(ctx, client, itemIndex) {
		const roomId = readRoomId(ctx, 'roomId', itemIndex);
		const username = readMemberId(ctx, 'Assistant', itemIndex, 'room/removeassistant');
		await removeAssistant(client, roomId, username);
		return { roomId, username, removed: true };
	},
});
