import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { collectOffsetPages } from '../../../protocol/common/offsetPages';
import { MAX_REPLAY_PAGE } from '../../../protocol/wechat/broadcast/pageSizes';
import { replayPages } from '../../transport/weChatApi';
import type { TransportOptions } from '../../transport/transportOptions';
import { WeChatClient } from '../../transport/weChatClient';
import { forEachItem } from '../forEachItem';
import { maxResultsOf, returnAllFields } from '../returnAllFields';
import { readRoomId, roomLocator } from './roomLocator';

const properties: INodeProperties[] = [
	roomLocator({ required: true, description: 'The room whose replay videos to read' }),
	...returnAllFields,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['liveRoom'], operation: ['getReplay'] } },
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
		const { items: replays } = await collectOffsetPages(replayPages(client, roomId), {
			pageSize: MAX_REPLAY_PAGE,
			maxResults: maxResultsOf(this, itemIndex),
		});
		return replays.map((replay) => ({ roomId, ...replay }));
	});
}
