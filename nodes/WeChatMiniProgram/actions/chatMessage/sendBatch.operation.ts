import type { INodeExecutionData, INodeProperties } from 'n8n-workflow';

import {
	runAccountBatches,
	summariseAccountResults,
} from '../../../protocol/tencent/accountBatches';
import {
	MAX_RECIPIENTS_PER_BATCH_SEND,
	RECIPIENT_WINDOW_MS,
	RECIPIENTS_PER_MINUTE,
} from '../../../protocol/tencent/chatMessageCommands';
import { batchSendChatMessage } from '../../transport/tencentApi/chatMessage';
import { TencentChatClient } from '../../transport/tencentChatClient';
import { readRequiredString } from '../chatOfficialAccount/fields';
import { errorItemOrThrow } from '../forEachItem';
import {
	addToJob,
	describeBatchError,
	emptyJob,
	outputPerValue,
	stoppedAtBatch,
} from '../itemJobs';
import { operationFields } from '../operation';
import type { OperationExecutor } from '../operation';
import { fromAccountField, messageFields, messageOptions, readSendBody } from './messageFields';

const properties: INodeProperties[] = [
	fromAccountField,
	{
		displayName: 'To Account',
		name: 'toAccount',
		type: 'string',
		required: true,
		default: '={{ $json.userId }}',
		placeholder: '={{ $json.userId }}',
		description:
			'UserID of the recipient, one per input item (an expression reading it from the item); the message is the same for all and is read from the first item',
	},
	...messageFields,
	messageOptions,
	{
		displayName:
			"Recipients go out 500 a call, paced under Tencent's 12,000 recipients a minute per SDKAppID (100,000 recipients take about 8 minutes). A batch with an unclear outcome is never resent.",
		name: 'sendBatchNotice',
		type: 'notice',
		default: '',
	},
];

export const description = operationFields('chatMessage', 'sendBatch', properties);

/**
 * One message to every input item's recipient: each UserID once, in calls of 500, one call at a
 * time under the process's pacer of 12,000 recipients a minute for the SDKAppID (other processes'
 * excess meets Tencent's refusal, waited out by the retry loop: nothing was sent). One output item
 * per recipient: sent (with the call's MsgKey), failed (Tencent's code for that recipient, or the
 * batch's error), outcomeUnknown (the batch may have gone out; never resent) or notProcessed.
 */
export const execute: OperationExecutor = async function (items, transport) {
	const errorItems: INodeExecutionData[] = [];
	// One job over all items: the recipient is always read from each item (no source switch).
	const job = emptyJob('recipients');
	items.forEach((_item, itemIndex) => {
		try {
			addToJob(job, itemIndex, [readRequiredString(this, 'toAccount', 'To Account', itemIndex)]);
		} catch (error) {
			errorItems.push(errorItemOrThrow(this, error, { item: itemIndex }));
		}
	});
	if (job.values.length === 0) return errorItems;
	const firstItem = job.itemIndexes[0];
	const body = readSendBody(this, firstItem);
	const client = await TencentChatClient.create(this, transport);
	const pacer = client.limitPacer(
		'batchsendmsg recipients',
		RECIPIENTS_PER_MINUTE,
		RECIPIENT_WINDOW_MS,
	);
	return await outputPerValue(
		this,
		[job],
		errorItems,
		async ({ values }) => {
			const { results, failed, failedBatches } = await runAccountBatches({
				userIds: values,
				batchSize: MAX_RECIPIENTS_PER_BATCH_SEND,
				call: async (batch) =>
					await pacer.run(
						batch.length,
						async () => await batchSendChatMessage(client, body, batch),
					),
				describeError: describeBatchError,
			});
			const stopped = results.find((r) => r.batch === failedBatches[0]);
			return {
				results: results.map(({ userId, ...result }) => ({ toAccount: userId, ...result })),
				stoppedBy:
					failed && stopped
						? () =>
								stoppedAtBatch(
									this,
									'Send Batch (batchsendmsg)',
									stopped,
									summariseAccountResults(results, failedBatches),
									firstItem,
								)
						: undefined,
			};
		},
		(result) => result.toAccount,
	);
};
