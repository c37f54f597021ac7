import {
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { OutcomeUnknownError } from '../../../protocol/common/outcomeUnknownError';
import {
	runSubscriberBatches,
	summariseSubscriberResults,
	uniqueAccounts,
	type SubscriberBatchCall,
	type SubscriberResult,
	type SubscriberStatus,
} from '../../../protocol/tencent/subscriberBatches';
import { TencentChatClient } from '../../transport/tencentChatClient';
import type { TransportOptions } from '../../transport/transportOptions';
import { splitList } from './fields';

/** The fields shared by Add Subscribers and Remove Subscribers (after the official account). */
export function subscriberSourceFields(action: string): INodeProperties[] {
	return [
		{
			displayName: 'Subscribers From',
			name: 'subscriberSource',
			type: 'options',
			noDataExpression: true,
			default: 'inputItems',
			options: [
				{
					name: 'All Input Items',
					value: 'inputItems',
					description: `One job per official account over every input item, each item giving a UserID to ${action}`,
				},
				{
					name: 'List in Each Item',
					value: 'list',
					description: 'Each input item carries its own list of UserIDs and is handled on its own',
				},
			],
		},
		{
			displayName: 'UserID Field',
			name: 'subscriberField',
			type: 'string',
			default: 'userId',
			description: 'Name of the input field holding a UserID (or an array of UserIDs)',
			displayOptions: { show: { subscriberSource: ['inputItems'] } },
		},
		{
			displayName: 'UserIDs',
			name: 'subscribers',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'user1, user2',
			description: 'UserIDs separated by commas or new lines, or an expression returning an array',
			displayOptions: { show: { subscriberSource: ['list'] } },
		},
	];
}

interface SubscriberJob {
	officialAccount: string;
	subscribers: string[];
	/** The input item each subscriber came from (first one, if repeated). */
	origin: Map<string, number>;
	firstItem: number;
}

export interface SubscriberOperation {
	command: string;
	/** Builds the request body for one batch of at most 100 UserIDs. */
	body: (officialAccount: string, subscribers: string[]) => Record<string, unknown>;
	statusOf: (result: number) => SubscriberStatus;
	idempotent: boolean;
}

/**
 * Runs add/remove in batches of 100, one output item per subscriber. A failed batch stops its job;
 * without "Continue On Fail" the error lists what was and was not processed.
 */
export async function runSubscriberOperation(
	ctx: IExecuteFunctions,
	items: INodeExecutionData[],
	transport: TransportOptions,
	operation: SubscriberOperation,
): Promise<INodeExecutionData[]> {
	const jobs = collectJobs(ctx, items);
	const client = await TencentChatClient.create(ctx, transport);
	const call: SubscriberBatchCall = async (officialAccount, subscribers) => {
		const answer = await client.call(
			operation.command,
			operation.body(officialAccount, subscribers),
			{
				idempotent: operation.idempotent,
			},
		);
		const results = new Map<string, number>();
		for (const entry of Array.isArray(answer.SubscriberList)
			? (answer.SubscriberList as IDataObject[])
			: []) {
			results.set(String(entry.Subscriber_Account), Number(entry.Result));
		}
		return results;
	};
	const output: INodeExecutionData[] = [];
	const all: SubscriberResult[] = [];
	for (const job of jobs) {
		const { results, failed } = await runSubscriberBatches({
			officialAccount: job.officialAccount,
			subscribers: job.subscribers,
			call,
			statusOf: operation.statusOf,
			beforeBatch: async () => {}, // the client paces every call
			describeError: (error) => ({
				status: error instanceof OutcomeUnknownError ? 'outcomeUnknown' : 'failed',
				message: error instanceof Error ? error.message : String(error),
			}),
		});
		all.push(...results);
		if (failed && !ctx.continueOnFail()) {
			const stopped = results.find((r) => r.status === 'failed' || r.status === 'outcomeUnknown')!;
			throw new NodeOperationError(
				ctx.getNode(),
				`${operation.command} for ${job.officialAccount} stopped at batch ${stopped.batch} of ${stopped.batchCount}: ${stopped.error}`,
				{ description: summariseSubscriberResults(all), itemIndex: job.firstItem },
			);
		}
		for (const result of results) {
			output.push({
				json: result as unknown as IDataObject,
				pairedItem: { item: job.origin.get(result.subscriber) ?? job.firstItem },
			});
		}
	}
	return output;
}

function collectJobs(ctx: IExecuteFunctions, items: INodeExecutionData[]): SubscriberJob[] {
	const source = ctx.getNodeParameter('subscriberSource', 0) as string;
	if (source === 'list') {
		return items.map((_, itemIndex) => {
			const subscribers = uniqueAccounts(splitList(ctx.getNodeParameter('subscribers', itemIndex)));
			return {
				officialAccount: readAccount(ctx, itemIndex),
				subscribers,
				origin: new Map(subscribers.map((subscriber) => [subscriber, itemIndex])),
				firstItem: itemIndex,
			};
		});
	}
	const byAccount = new Map<
		string,
		{ subscribers: unknown[]; origin: Map<string, number>; firstItem: number }
	>();
	items.forEach((item, itemIndex) => {
		const officialAccount = readAccount(ctx, itemIndex);
		const field = ctx.getNodeParameter('subscriberField', itemIndex) as string;
		const value = item.json[field];
		if (value === undefined || value === null || value === '') {
			throw new NodeOperationError(ctx.getNode(), `Item ${itemIndex} has no "${field}" field`, {
				itemIndex,
				description:
					'Set "UserID Field" to the field that holds the UserID, or remove items without one.',
			});
		}
		const job = byAccount.get(officialAccount) ?? {
			subscribers: [],
			origin: new Map<string, number>(),
			firstItem: itemIndex,
		};
		for (const subscriber of Array.isArray(value) ? value : [value]) {
			job.subscribers.push(subscriber);
			const key = String(subscriber ?? '').trim();
			if (!job.origin.has(key)) job.origin.set(key, itemIndex);
		}
		byAccount.set(officialAccount, job);
	});
	return [...byAccount].map(([officialAccount, job]) => ({
		officialAccount,
		subscribers: uniqueAccounts(job.subscribers),
		origin: job.origin,
		firstItem: job.firstItem,
	}));
}

function readAccount(ctx: IExecuteFunctions, itemIndex: number): string {
	const value = String(ctx.getNodeParameter('officialAccount', itemIndex) ?? '').trim();
	if (!value)
		throw new NodeOperationError(
			ctx.getNode(),
			`Item ${itemIndex}: Official Account ID is required`,
			{ itemIndex },
		);
	return value;
}
