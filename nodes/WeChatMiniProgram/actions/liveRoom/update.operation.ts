import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { editRoom } from '../../transport/weChatApi';
import type { TransportOptions } from '../../transport/transportOptions';
import { WeChatClient } from '../../transport/weChatClient';
import { forEachItem } from '../forEachItem';
import { readRoomSettings, roomSettingsFields } from './roomSettings';
import { readRoomId, roomLocator } from './roomLocator';

const properties: INodeProperties[] = [
	roomLocator({
		required: true,
		description: 'The room to change; only a room that has not started can be edited',
	}),
	...roomSettingsFields,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['liveRoom'], operation: ['update'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	transport: TransportOptions,
): Promise<INodeExecutionData[]> {
	const client = await WeChatClient.create(this, transport);
	return await forEachItem(this, items, async (itemIndex) => {
		const roomId = readRoomId(this, 'roomId', itemIndex);
		// editroom replaces every setting, so it takes the same complete set as create.
		const room = await readRoomSettings(this, client, itemIndex, 'room/editroom');
		await editRoom(client, roomId, room);
		return { roomId, updated: true };
	});
}
