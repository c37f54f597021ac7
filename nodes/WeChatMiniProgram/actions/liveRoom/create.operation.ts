import { createRoom } from '../../transport/weChatApi';
import { weChatItemOperation } from '../weChatItemOperation';
import { readRoomSettings, roomSettingsFields } from './roomSettings';

export const { description, execute } = weChatItemOperation({
	resource: 'liveRoom',
	operation: 'create',
	properties: [...roomSettingsFields],
	async item(ctx, client, itemIndex) {
		const room = await readRoomSettings(ctx, client, itemIndex, 'room/create');
		// Not idempotent: an unclear answer is reported, never resent (it could make a second room).
		const created = await createRoom(client, room);
		return {
			roomId: created.roomId,
			name: room.name as string,
			startTime: room.startTime as number,
			endTime: room.endTime as number,
			...(created.qrcode_url ? { qrcodeUrl: created.qrcode_url } : {}),
		};
	},
});
