import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { getSubAnchor } from '../../transport/weChatApi';
import type { TransportOptions } from '../../transport/transportOptions';
import { WeChatClient } from '../../transport/weChatClient';
import { forEachItem } from '../forEachItem';
import { readRoomId, roomLocator } from './roomLocator';

const properties: INodeProperties[] = [
	roomLocator({ required: true, description: 'The room whose sub-anchor to read' }),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['liveRoom'], operation: ['getSubAnchor'] } },
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
		return { roomId, subAnchor: await getSubAnchor(client, roomId) };
	});
}
