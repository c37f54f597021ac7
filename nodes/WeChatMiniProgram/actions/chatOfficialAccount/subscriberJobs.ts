import { NodeOperationError } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import {
	runSubscriberBatches,
	summariseSubscriberResults,
} from '../../../protocol/tencent/subscriberBatches';
import type {
	SubscriberBatchCall,
	SubscriberResult,
	SubscriberStatus,
} from '../../../protocol/tencent/subscriberBatches';
import { TencentChatClient } from '../../transport/tencentChatClient';
import type { TransportOptions } from '../../transport/transportOptions';
import { collectItemJobs, describeBatchError, outputPerValue, stoppedAtBatch } from '../itemJobs';
import type { OperationModule } from '../operation';
import { operationFields } from '../operation';
import { userIdSourceFields } from '../valueSourceFields';
import { officialAccountField } from './fields';
import { readTencentRequestsInFlight, requestOptions } from './requestOptions';

/** Where Add and Remove Subscribers take their UserIDs from. */
function subscriberSourceFields(action: string): INodeProperties[] {
	return userIdSourceFields({
		sourceParameter: 'subscriberSource',
		fieldParameter: 'subscriberField',
		listParameter: 'subscribers',
		sourceLabel: 'Subscribers From',
		allItems: `One job per official account over every input item, each item giving a UserID to ${action}`,
	});
}

export interface SubscriberOperation {
	operation: string;
	/** What is done to each UserID, as the Subscribers From options say it ("subscribe"). */
	action: string;
	/** The Tencent command, as a stopped job's error names it. */
	label: string;
	/** Sends one batch of at most 100 UserIDs; resolves Tencent's Result per UserID. */
	call: (
		client: TencentChatClient,
		officialAccount: string,
		subscribers: string[],
	) => Promise<Map<string, number>>;
	statusOf: (result: number) => SubscriberStatus;
}

/** Add or Remove Subscribers: the official account, where the UserIDs come from, Options. */
export function subscriberOperation(operation: SubscriberOperation): OperationModule {
	return {
		description: operationFields('chatOfficialAccount', operation.operation, [
			officialAccountField,
			...subscriberSourceFields(operation.action),
			requestOptions,
		]),
		execute: async function (items, transport) {
			return await runSubscriberOperation(this, items, transport, operation);
		},
	};
}

/**
 * Runs add/remove in batches of 100, several in flight, one output item per subscriber in input
 * order. A failed batch stops its job from starting more (those in flight finish and are reported);
 * without "Continue On Fail" the error lists what was and was not processed.
 */
async function runSubscriberOperation(
	ctx: IExecuteFunctions,
	items: INodeExecutionData[],
	transport: TransportOptions,
	operation: SubscriberOperation,
): Promise<INodeExecutionData[]> {
	const { jobs, errorItems } = collectItemJobs(ctx, items, {
		noun: 'the UserID',
		fieldLabel: 'UserID Field',
		sourceParameter: 'subscriberSource',
		listParameter: 'subscribers',
		fieldParameter: 'subscriberField',
		targetParameter: 'officialAccount',
		readTarget: (itemIndex) => readAccount(ctx, itemIndex),
	});
	const client = await TencentChatClient.create(ctx, transport);
	const inFlight = readTencentRequestsInFlight(ctx);
	const call: SubscriberBatchCall = async (officialAccount, subscribers) =>
		await operation.call(client, officialAccount, subscribers);
	const all: SubscriberResult[] = [];
	return await outputPerValue(
		ctx,
		jobs,
		errorItems,
		async (job) => {
			const { results, failed } = await runSubscriberBatches({
				officialAccount: job.target,
				subscribers: job.values,
				call,
				statusOf: operation.statusOf,
				describeError: describeBatchError,
				inFlight,
			});
			all.push(...results);
			const stopped = results.find((r) => r.status === 'failed' || r.status === 'outcomeUnknown');
			return {
				results,
				stoppedBy:
					failed && stopped
						? () =>
								stoppedAtBatch(
									ctx,
									`${operation.label} for ${job.target}`,
									stopped,
									summariseSubscriberResults(all),
									job.itemIndexes[0],
								)
						: undefined,
			};
		},
		(result) => result.subscriber,
	);
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
