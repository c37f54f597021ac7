import { deleteRoom } from '../../transport/weChatApi';
import { roomOperation } from './roomOperation';

export const { description, execute } = roomOperation({
	resource: 'liveRoom',
	operation: 'delete',
	room: 'The room to delete',
	async item(ctx, client, itemIndex, roomId) {
		await deleteRoom(client, roomId);
		return { roomId, deleted: true };
	},
});
