import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { addSubAnchor } from '../../transport/weChatApi';
import type { TransportOptions } from '../../transport/transportOptions';
import { WeChatClient } from '../../transport/weChatClient';
import { forEachItem } from '../forEachItem';
import { readRequiredText, weChatIdField } from './memberFields';
import { readRoomId, roomLocator } from './roomLocator';

const properties: INodeProperties[] = [
	roomLocator({ required: true, description: 'The room that gets a sub-anchor' }),
	weChatIdField(
		'Sub-Anchor WeChat ID',
		'The WeChat ID of the second anchor, who must have verified their real name',
	),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['liveRoom'], operation: ['addSubAnchor'] } },
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
			'room/addsubanchor',
		);
		await addSubAnchor(client, roomId, username);
		return { roomId, subAnchor: username };
	});
}
