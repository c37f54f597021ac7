import {
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import type { TransportOptions } from '../../transport/transportOptions';
import { collectOffsetPages } from '../../../protocol/common/offsetPages';
import { MAX_LIVE_ROOMS_PER_PAGE } from '../../../protocol/wechat/liveRooms';
import { fetchLiveRoomPage } from '../../transport/weChatApi';
import { WeChatClient } from '../../transport/weChatClient';
import { forEachItem } from '../forEachItem';
import { maxResultsOf, returnAllFields } from '../returnAllFields';

const properties: INodeProperties[] = [...returnAllFields];

export const description = updateDisplayOptions(
	{ show: { resource: ['liveRoom'], operation: ['getMany'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	transport: TransportOptions,
): Promise<INodeExecutionData[]> {
	const fetchPage = fetchLiveRoomPage(await WeChatClient.create(this, transport));
	return await forEachItem(this, items, async (itemIndex) => {
		const { items: rooms } = await collectOffsetPages(fetchPage, {
			pageSize: MAX_LIVE_ROOMS_PER_PAGE,
			maxResults: maxResultsOf(this, itemIndex),
		});
		return rooms as IDataObject[];
	});
}
