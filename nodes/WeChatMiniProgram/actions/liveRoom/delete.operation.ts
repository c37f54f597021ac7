import { deleteRoom } from '../../transport/weChatApi';
import { weChatItemOperation } from '../weChatItemOperation';
import { readRoomId, roomLocator } from './roomLocator';

export const { description, execute } = weChatItemOperation({
	resource: 'liveRoom',
	operation: 'delete',
	properties: [roomLocator({ required: true, description: 'The room to delete' })],
	async item(ctx, client, itemIndex) {
		const roomId = readRoomId(ctx, 'roomId', itemIndex);
		await deleteRoom(client, roomId);
		return { roomId, deleted: true };
	},
});
