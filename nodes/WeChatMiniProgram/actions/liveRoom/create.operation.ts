import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { createRoom } from '../../transport/weChatApi';
import type { TransportOptions } from '../../transport/transportOptions';
import { WeChatClient } from '../../transport/weChatClient';
import { forEachItem } from '../forEachItem';
import { readRoomSettings, roomSettingsFields } from './roomSettings';

const properties: INodeProperties[] = [...roomSettingsFields];

export const description = updateDisplayOptions(
	{ show: { resource: ['liveRoom'], operation: ['create'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	transport: TransportOptions,
): Promise<INodeExecutionData[]> {
	const client = await WeChatClient.create(this, transport);
	return await forEachItem(this, items, async (itemIndex) => {
		const room = await readRoomSettings(this, client, itemIndex, 'room/create');
		// Not idempotent: an unclear answer is reported, never resent (it could make a second room).
		const created = await createRoom(client, room);
		return {
			roomId: created.roomId,
			name: room.name as string,
			startTime: room.startTime as number,
			endTime: room.endTime as number,
			...(created.qrcode_url ? { qrcodeUrl: created.qrcode_url } : {}),
		};
	});
}
