import {
	NodeOperationError,
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
	type IPairedItemData,
} from 'n8n-workflow';

import type { TransportOptions } from '../../transport/transportOptions';
import { uniqueOpenids } from '../../../protocol/wechat/pushBatches';
import { WeChatClient } from '../../transport/weChatClient';
import { readRoomId, roomLocator } from '../liveRoom/roomLocator';
import { RoomPusher, type RoomPushJob } from './roomPushJobs';

const properties: INodeProperties[] = [
	roomLocator({ required: true, description: 'The live room whose start is announced' }),
	{
		displayName: 'Openids From',
		name: 'openidSource',
		type: 'options',
		noDataExpression: true,
		default: 'inputItems',
		options: [
			{
				name: 'All Input Items',
				value: 'inputItems',
				description:
					'One push job per room over every input item, e.g. the output of Live Follower > Get Many',
			},
			{
				name: 'List in Each Item',
				value: 'list',
				description: 'Each input item carries its own list of openids and is pushed on its own',
			},
		],
	},
	{
		displayName: 'Openid Field',
		name: 'openidField',
		type: 'string',
		default: 'openid',
		description: 'Name of the input field holding an openid (or an array of openids)',
		displayOptions: { show: { openidSource: ['inputItems'] } },
	},
	{
		displayName: 'Openids',
		name: 'openids',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'openid1, openid2',
		description: 'Openids separated by commas or new lines, or an expression returning an array',
		displayOptions: { show: { openidSource: ['list'] } },
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['liveMessage'], operation: ['push'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	transport: TransportOptions,
): Promise<INodeExecutionData[]> {
	const jobs = collectJobs(this, items);
	const pusher = new RoomPusher(this, await WeChatClient.create(this, transport));
	const output: INodeExecutionData[] = [];
	for (const job of jobs) output.push(...(await pusher.push(job)));
	return output;
}

function collectJobs(ctx: IExecuteFunctions, items: INodeExecutionData[]): RoomPushJob[] {
	const source = ctx.getNodeParameter('openidSource', 0) as string;
	if (source === 'list') {
		return items.map((_, itemIndex) => ({
			roomId: readRoomId(ctx, 'roomId', itemIndex),
			openids: uniqueOpenids(splitOpenids(ctx.getNodeParameter('openids', itemIndex))),
			pairedItem: [{ item: itemIndex }],
		}));
	}
	const byRoom = new Map<number, { openids: unknown[]; pairedItem: IPairedItemData[] }>();
	items.forEach((item, itemIndex) => {
		const roomId = readRoomId(ctx, 'roomId', itemIndex);
		const field = ctx.getNodeParameter('openidField', itemIndex) as string;
		const value = item.json[field];
		if (value === undefined || value === null || value === '') {
			throw new NodeOperationError(ctx.getNode(), `Item ${itemIndex} has no "${field}" field`, {
				itemIndex,
				description:
					'Set "Openid Field" to the field that holds the openid, or remove items without one.',
			});
		}
		const job = byRoom.get(roomId) ?? { openids: [], pairedItem: [] };
		job.openids.push(...(Array.isArray(value) ? value : [value]));
		job.pairedItem.push({ item: itemIndex });
		byRoom.set(roomId, job);
	});
	return [...byRoom].map(([roomId, job]) => ({
		roomId,
		openids: uniqueOpenids(job.openids),
		pairedItem: job.pairedItem,
	}));
}

function splitOpenids(value: unknown): unknown[] {
	if (Array.isArray(value)) return value;
	return String(value ?? '').split(/[\s,;]+/);
}
