import {
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import type { TransportOptions } from '../../transport/transportOptions';
import { collectFollowers } from '../../../protocol/wechat/liveFollowers';
import { fetchFollowerPage } from '../../transport/weChatApi';
import { WeChatClient } from '../../transport/weChatClient';
import { forEachItem } from '../forEachItem';
import { maxResultsOf, returnAllFields } from '../returnAllFields';
import { readOptionalRoomId, roomLocator } from '../liveRoom/roomLocator';

const properties: INodeProperties[] = [
	...returnAllFields,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [roomLocator({ description: 'Only followers who subscribed through this live room' })],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['liveFollower'], operation: ['getMany'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	transport: TransportOptions,
): Promise<INodeExecutionData[]> {
	const fetchPage = fetchFollowerPage(await WeChatClient.create(this, transport));
	return await forEachItem(this, items, async (itemIndex) => {
		const filters = this.getNodeParameter('filters', itemIndex, {}) as { roomId?: unknown };
		const { followers } = await collectFollowers(fetchPage, {
			maxResults: maxResultsOf(this, itemIndex),
			roomId: readOptionalRoomId(this, filters.roomId, itemIndex),
		});
		return followers as IDataObject[];
	});
}
