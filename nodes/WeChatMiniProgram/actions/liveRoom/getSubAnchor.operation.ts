import { getSubAnchor } from '../../transport/weChatApi';
import { weChatItemOperation } from '../weChatItemOperation';
import { readRoomId, roomLocator } from './roomLocator';

export const { description, execute } = weChatItemOperation({
	resource: 'liveRoom',
	operation: 'getSubAnchor',
	properties: [roomLocator({ required: true, description: 'The room whose sub-anchor to read' })],
	async item(ctx, client, itemIndex) {
		const roomId = readRoomId(ctx, 'roomId', itemIndex);
		return { roomId, subAnchor: await getSubAnchor(client, roomId) };
	},
});
