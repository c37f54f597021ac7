import { getPushUrl } from '../../transport/weChatApi';
import { weChatItemOperation } from '../weChatItemOperation';
import { readRoomId, roomLocator } from './roomLocator';

export const { description, execute } = weChatItemOperation({
	resource: 'liveRoom',
	operation: 'getPushUrl',
	properties: [
		roomLocator({
			required: true,
			description: 'A Push Stream room; its RTMP address goes into the streaming tool',
		}),
	],
	async item(ctx, client, itemIndex) {
		const roomId = readRoomId(ctx, 'roomId', itemIndex);
		return { roomId, pushAddr: await getPushUrl(client, roomId) };
	},
});
