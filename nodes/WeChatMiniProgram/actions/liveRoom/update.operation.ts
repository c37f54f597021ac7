import { editRoom } from '../../transport/weChatApi';
import { weChatItemOperation } from '../weChatItemOperation';
import { readRoomSettings, roomSettingsFields } from './roomSettings';
import { readRoomId, roomLocator } from './roomLocator';

export const { description, execute } = weChatItemOperation({
	resource: 'liveRoom',
	operation: 'update',
	properties: [
		roomLocator({
			required: true,
			description: 'The room to change; only a room that has not started can be edited',
		}),
		...roomSettingsFields,
	],
	async item(ctx, client, itemIndex) {
		const roomId = readRoomId(ctx, 'roomId', itemIndex);
		// editroom replaces every setting, so it takes the same complete set as create.
		const room = await readRoomSettings(ctx, client, itemIndex, 'room/editroom');
		await editRoom(client, roomId, room);
		return { roomId, updated: true };
	},
});
