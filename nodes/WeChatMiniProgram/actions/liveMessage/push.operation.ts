import {
	NodeOperationError,
	sleep,
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
	type IPairedItemData,
} from 'n8n-workflow';

import { RatePacer } from '../../../protocol/common/ratePacer';
import { OutcomeUnknownError } from '../../../protocol/common/outcomeUnknownError';
import {
	MAX_OPENIDS_PER_SECOND,
	pushInBatches,
	summarisePushJob,
	uniqueOpenids,
	type PushBatchReport,
} from '../../../protocol/wechat/pushBatches';
import { WeChatClient } from '../../transport/weChatClient';

const properties: INodeProperties[] = [
	{
		displayName: 'Room ID',
		name: 'roomId',
		type: 'number',
		required: true,
		default: 0,
		description: 'The live room whose start is announced',
	},
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
				description: 'One push job per room over every input item, e.g. the output of Live Follower > Get Many',
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

interface PushJob {
	roomId: number;
	openids: string[];
	pairedItem: IPairedItemData[];
}

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const jobs = collectJobs(this, items);
	const client = await WeChatClient.create(this);
	const pacer = new RatePacer(MAX_OPENIDS_PER_SECOND, sleep);
	const output: INodeExecutionData[] = [];
	const allReports: PushBatchReport[] = [];

	for (const job of jobs) {
		const { reports, failed } = await pushInBatches(
			job.roomId,
			job.openids,
			async (roomId, openids) => {
				const answer = await client.post(
					'/wxa/business/push_message',
					{ room_id: roomId, user_openid: openids },
					{ idempotent: false },
				);
				return String(answer.message_id ?? '');
			},
			async (size, send) => await pacer.run(size, send),
			(error) => ({
				status: error instanceof OutcomeUnknownError ? 'outcomeUnknown' : 'failed',
				message: error instanceof Error ? error.message : String(error),
			}),
		);
		allReports.push(...reports);
		if (failed && !this.continueOnFail()) {
			const stopped = reports.find((report) => report.status === 'failed' || report.status === 'outcomeUnknown')!;
			throw new NodeOperationError(
				this.getNode(),
				`Push to room ${job.roomId} stopped at batch ${stopped.batch} of ${stopped.batchCount}: ${stopped.error}`,
				{ description: summarisePushJob(allReports), itemIndex: job.pairedItem[0]?.item },
			);
		}
		for (const report of reports) {
			output.push({ json: report as unknown as IDataObject, pairedItem: job.pairedItem });
		}
	}
	return output;
}

function collectJobs(ctx: IExecuteFunctions, items: INodeExecutionData[]): PushJob[] {
	const source = ctx.getNodeParameter('openidSource', 0) as string;
	if (source === 'list') {
		return items.map((_, itemIndex) => ({
			roomId: readRoomId(ctx, itemIndex),
			openids: uniqueOpenids(splitOpenids(ctx.getNodeParameter('openids', itemIndex))),
			pairedItem: [{ item: itemIndex }],
		}));
	}
	const byRoom = new Map<number, { openids: unknown[]; pairedItem: IPairedItemData[] }>();
	items.forEach((item, itemIndex) => {
		const roomId = readRoomId(ctx, itemIndex);
		const field = ctx.getNodeParameter('openidField', itemIndex) as string;
		const value = item.json[field];
		if (value === undefined || value === null || value === '') {
			throw new NodeOperationError(ctx.getNode(), `Item ${itemIndex} has no "${field}" field`, {
				itemIndex,
				description: 'Set "Openid Field" to the field that holds the openid, or remove items without one.',
			});
		}
		const job = byRoom.get(roomId) ?? { openids: [], pairedItem: [] };
		job.openids.push(...(Array.isArray(value) ? value : [value]));
		job.pairedItem.push({ item: itemIndex });
		byRoom.set(roomId, job);
	});
	return [...byRoom].map(([roomId, job]) => ({ roomId, openids: uniqueOpenids(job.openids), pairedItem: job.pairedItem }));
}

function readRoomId(ctx: IExecuteFunctions, itemIndex: number): number {
	const roomId = Number(ctx.getNodeParameter('roomId', itemIndex));
	if (!Number.isInteger(roomId) || roomId <= 0) {
		throw new NodeOperationError(ctx.getNode(), `Item ${itemIndex}: Room ID must be a positive whole number`, {
			itemIndex,
		});
	}
	return roomId;
}

function splitOpenids(value: unknown): unknown[] {
	if (Array.isArray(value)) return value;
	return String(value ?? '').split(/[\s,;]+/);
}
