import { updateDisplayOptions, type IDataObject, type IExecuteFunctions, type INodeExecutionData, type INodeProperties } from 'n8n-workflow';

import { collectFollowers, type FollowerPage, type Follower } from '../../../protocol/wechat/followerPages';
import { WeChatClient } from '../../transport/weChatClient';
import { forEachItem } from '../forEachItem';

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
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Room ID',
				name: 'roomId',
				type: 'number',
				default: 0,
				description: 'Only followers who subscribed through this live room',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['liveFollower'], operation: ['getMany'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const client = await WeChatClient.create(this);
	const fetchPage = async (limit: number, pageBreak: number | undefined): Promise<FollowerPage> => {
		const body: Record<string, unknown> = { limit };
		if (pageBreak !== undefined) body.page_break = pageBreak;
		const answer = await client.post('/wxa/business/get_wxa_followers', body, { idempotent: true });
		const nextPageBreak = Number(answer.page_break);
		return {
			followers: Array.isArray(answer.followers) ? (answer.followers as Follower[]) : [],
			pageBreak: answer.page_break === undefined || !Number.isFinite(nextPageBreak) ? undefined : nextPageBreak,
		};
	};
	return await forEachItem(this, items, async (itemIndex) => {
		const returnAll = this.getNodeParameter('returnAll', itemIndex) as boolean;
		const filters = this.getNodeParameter('filters', itemIndex, {}) as { roomId?: number };
		const { followers } = await collectFollowers(fetchPage, {
			maxResults: returnAll ? undefined : (this.getNodeParameter('limit', itemIndex) as number),
			roomId: filters.roomId ? Number(filters.roomId) : undefined,
		});
		return followers as IDataObject[];
	});
}
