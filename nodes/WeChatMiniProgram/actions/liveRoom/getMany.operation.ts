import { updateDisplayOptions, type IDataObject, type IExecuteFunctions, type INodeExecutionData, type INodeProperties } from 'n8n-workflow';

import { collectOffsetPages } from '../../../protocol/common/offsetPages';
import { MAX_LIVE_ROOMS_PER_PAGE } from '../../../protocol/wechat/liveRooms';
import { WeChatClient } from '../../transport/weChatClient';
import { forEachItem } from '../forEachItem';
import { liveRoomPages } from './liveRoomPages';

const properties: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: { show: { returnAll: [false] } },
	},
];

export const description = updateDisplayOptions({ show: { resource: ['liveRoom'], operation: ['getMany'] } }, properties);

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const client = await WeChatClient.create(this);
	return await forEachItem(this, items, async (itemIndex) => {
		const returnAll = this.getNodeParameter('returnAll', itemIndex) as boolean;
		const { items: rooms } = await collectOffsetPages(liveRoomPages(this, client), {
			pageSize: MAX_LIVE_ROOMS_PER_PAGE,
			maxResults: returnAll ? undefined : (this.getNodeParameter('limit', itemIndex) as number),
		});
		return rooms as IDataObject[];
	});
}
