import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { modifySubAnchor } from '../../transport/weChatApi';
import type { TransportOptions } from '../../transport/transportOptions';
import { WeChatClient } from '../../transport/weChatClient';
import { forEachItem } from '../forEachItem';
import { readRequiredText, weChatIdField } from './memberFields';
import { readRoomId, roomLocator } from './roomLocator';

const properties: INodeProperties[] = [
	roomLocator({ required: true, description: 'The room whose sub-anchor to replace' }),
	weChatIdField(
		'Sub-Anchor WeChat ID',
		'The WeChat ID of the new sub-anchor, who must have verified their real name',
	),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['liveRoom'], operation: ['updateSubAnchor'] } },
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
			'Sub-Anchor WeChat ID',
			itemIndex,
			'room/modifysubanchor',
		);
		await modifySubAnchor(client, roomId, username);
		return { roomId, subAnchor: username };
	});
}
