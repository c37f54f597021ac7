import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { modifyAssistant } from '../../transport/weChatApi';
import type { TransportOptions } from '../../transport/transportOptions';
import { WeChatClient } from '../../transport/weChatClient';
import { forEachItem } from '../forEachItem';
import { nicknameField, readRequiredText, weChatIdField } from './memberFields';
import { readRoomId, roomLocator } from './roomLocator';

const properties: INodeProperties[] = [
	roomLocator({ required: true, description: 'The room of the assistant' }),
	weChatIdField('Assistant WeChat ID', 'The WeChat ID of the assistant to rename'),
	nicknameField,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['liveRoom'], operation: ['updateAssistant'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	transport: TransportOptions,
): Promise<INodeExecutionData[]> {
	const client = await WeChatClient.create(this, transport);
	return await forEachItem(this, items, async (itemIndex) => {
		const endpoint = 'room/modifyassistant';
		const roomId = readRoomId(this, 'roomId', itemIndex);
		const username = readRequiredText(this, 'username', 'Assistant WeChat ID', itemIndex, endpoint);
		const nickname = readRequiredText(this, 'nickname', 'Nickname', itemIndex, endpoint);
		await modifyAssistant(client, roomId, { username, nickname });
		return { roomId, username, nickname };
	});
}
