import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { removeAssistant } from '../../transport/weChatApi';
import type { TransportOptions } from '../../transport/transportOptions';
import { WeChatClient } from '../../transport/weChatClient';
import { forEachItem } from '../forEachItem';
import { readRequiredText, weChatIdField } from './memberFields';
import { readRoomId, roomLocator } from './roomLocator';

const properties: INodeProperties[] = [
	roomLocator({ required: true, description: 'The room of the assistant' }),
	weChatIdField('Assistant WeChat ID', 'The WeChat ID of the assistant to remove'),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['liveRoom'], operation: ['removeAssistant'] } },
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
		const username = readRequiredText(
			this,
			'username',
			'Assistant WeChat ID',
			itemIndex,
			'room/removeassistant',
		);
		await removeAssistant(client, roomId, username);
		return { roomId, username, removed: true };
	});
}
