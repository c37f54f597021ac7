import { deleteSubAnchor } from '../../transport/weChatApi';
import { weChatItemOperation } from '../weChatItemOperation';
import { readRoomId, roomLocator } from './roomLocator';

export const { description, execute } = weChatItemOperation({
	resource: 'liveRoom',
	operation: 'removeSubAnchor',
	properties: [roomLocator({ required: true, description: 'The room whose sub-anchor to remove' })],
	async item(ctx, client, itemIndex) {
		const roomId = readRoomId(ctx, 'roomId', itemIndex);
		await deleteSubAnchor(client, roomId);
		return { roomId, subAnchorRemoved: true };
	},
});
