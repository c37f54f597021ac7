import { getSubAnchor } from '../../transport/weChatApi';
import { roomOperation } from './roomOperation';

export const { description, execute } = roomOperation({
	resource: 'liveRoom',
	operation: 'getSubAnchor',
	room: 'The room whose sub-anchor to read',
	async item(ctx, client, itemIndex, roomId) {
		return { roomId, subAnchor: await getSubAnchor(client, roomId) };
	},
});
