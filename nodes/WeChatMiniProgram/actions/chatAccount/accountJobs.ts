import { updateDisplayOptions } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import {
	refusalAsAccountAnswer,
	runAccountBatches,
	summariseAccountResults,
} from '../../../protocol/tencent/accountBatches';
import type { AccountAnswer, AccountResult } from '../../../protocol/tencent/accountBatches';
import { TencentChatClient } from '../../transport/tencentChatClient';
import type { TransportOptions } from '../../transport/transportOptions';
import { readTencentRequestsInFlight, requestOptions } from '../chatOfficialAccount/requestOptions';
import { collectItemJobs, describeBatchError, outputPerValue, stoppedAtBatch } from '../itemJobs';
import type { OperationModule } from '../operation';
import { userIdSourceFields } from '../valueSourceFields';

/** Where the account operations take their UserIDs from. */
export function accountSourceFields(action: string): INodeProperties[] {
	return userIdSourceFields({
		sourceParameter: 'accountSource',
		fieldParameter: 'userIdField',
		listParameter: 'userIds',
		sourceLabel: 'Accounts From',
		allItems: `Every input item gives a UserID to ${action}; they go out together in calls of the API's maximum`,
	});
}

/** The one thing every job of an operation is for (a group), read per item. */
export interface AccountJobTarget {
	/** The parameter, and the output field each result names it in. */
	parameter: string;
	outputField: string;
	fields: INodeProperties[];
	read: (ctx: IExecuteFunctions, itemIndex: number) => string;
}

export interface AccountOperation {
	/** The resource of the operation (default chatAccount). */
	resource?: string;
	operation: string;
	/** When set, the input items make one job per target (a group), each call for that target. */
	target?: AccountJobTarget;
	/** What is done to each UserID, as the Accounts From options say it ("delete"). */
	action: string;
	/** The Tencent command, as a stopped job's error names it. */
	label: string;
	/** The API's maximum UserIDs per call. */
	batchSize: number;
	/** Fields shown after the account source (before Options). */
	fields?: INodeProperties[];
	/** Sends one batch; resolves Tencent's answer per UserID. */
	call: (
		ctx: IExecuteFunctions,
		client: TencentChatClient,
		userIds: string[],
		target: string,
	) => Promise<Map<string, AccountAnswer>>;
}

export function accountOperationDescription(
	operation: Pick<AccountOperation, 'resource' | 'operation' | 'action' | 'fields' | 'target'>,
	show: Record<string, string[]> = {},
): INodeProperties[] {
	const resource = operation.resource ?? 'chatAccount';
	return updateDisplayOptions(
		{ show: { resource: [resource], operation: [operation.operation], ...show } },
		[
			...(operation.target?.fields ?? []),
			...accountSourceFields(operation.action),
			...(operation.fields ?? []),
			requestOptions,
		],
	);
}

/** An account operation over input items: its fields, and its run in batches of the API's maximum. */
export function accountOperation(operation: AccountOperation): OperationModule {
	return {
		description: accountOperationDescription(operation),
		execute: async function (items, transport) {
			return await runAccountOperation(this, items, transport, operation);
		},
	};
}

/**
 * For commands taking one account a call (kick): Tencent's definite refusal of that account is
 * its own result, not the end of the job; an unclear outcome still stops it.
 */
export function oneAccountACall(
	send: (client: TencentChatClient, userId: string) => Promise<AccountAnswer>,
): AccountOperation['call'] {
	return async (_ctx, client, [userId]) =>
		new Map([[userId, await refusalAsAccountAnswer(async () => await send(client, userId))]]);
}

/**
 * Runs the operation in batches, several in flight, one output item per account in input order,
 * each paired with the item its UserID came from. A failed batch stops its job from starting more;
 * without "Continue On Fail" the error lists what was and was not processed.
 */
export async function runAccountOperation(
	ctx: IExecuteFunctions,
	items: INodeExecutionData[],
	transport: TransportOptions,
	operation: AccountOperation,
): Promise<INodeExecutionData[]> {
	const { target } = operation;
	const { jobs, errorItems } = collectItemJobs(ctx, items, {
		noun: 'the UserID',
		fieldLabel: 'UserID Field',
		sourceParameter: 'accountSource',
		listParameter: 'userIds',
		fieldParameter: 'userIdField',
		// Without a target the resource is fixed: every item of "All Input Items" is one job.
		targetParameter: target?.parameter ?? 'resource',
		readTarget: target
			? (itemIndex) => target.read(ctx, itemIndex)
			: () => operation.resource ?? 'chatAccount',
	});
	const client = await TencentChatClient.create(ctx, transport);
	const inFlight = readTencentRequestsInFlight(ctx);
	const all: AccountResult[] = [];
	return await outputPerValue(
		ctx,
		jobs,
		errorItems,
		async (job) => {
			const { results, failed, failedBatches } = await runAccountBatches({
				userIds: job.values,
				batchSize: operation.batchSize,
				call: async (batch) => await operation.call(ctx, client, batch, job.target),
				describeError: describeBatchError,
				inFlight,
			});
			all.push(...results);
			const stopped = results.find((r) => r.batch === failedBatches[0]);
			return {
				results: target
					? results.map((result) => ({ [target.outputField]: job.target, ...result }))
					: results,
				stoppedBy:
					failed && stopped
						? () =>
								stoppedAtBatch(
									ctx,
									target ? `${operation.label} for ${job.target}` : operation.label,
									stopped,
									summariseAccountResults(all, failedBatches),
									job.itemIndexes[0],
								)
						: undefined,
			};
		},
		(result) => result.userId,
	);
}
