import { deleteSubAnchor } from '../../transport/weChatApi';
import { roomOperation } from './roomOperation';

export const { description, execute } = roomOperation({
	resource: 'liveRoom',
	operation: 'removeSubAnchor',
	room: 'The room whose sub-anchor to remove',
	async item(ctx, client, itemIndex, roomId) {
		await deleteSubAnchor(client, roomId);
		return { roomId, subAnchorRemoved: true };
	},
});
