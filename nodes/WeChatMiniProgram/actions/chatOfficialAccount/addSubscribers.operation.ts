import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';

import type { TransportOptions } from '../../transport/transportOptions';
import { OfficialAccountCommand } from '../../../protocol/tencent/officialAccountCommands';
import { addResultStatus } from '../../../protocol/tencent/subscriberBatches';
import { officialAccountField } from './fields';
import { runSubscriberOperation, subscriberSourceFields } from './subscriberJobs';

export const description = updateDisplayOptions(
	{ show: { resource: ['chatOfficialAccount'], operation: ['addSubscribers'] } },
	[officialAccountField, ...subscriberSourceFields('subscribe')],
);

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	transport: TransportOptions,
): Promise<INodeExecutionData[]> {
	return await runSubscriberOperation(this, items, transport, {
		command: OfficialAccountCommand.addSubscriber,
		body: (officialAccount, subscribers) => ({
			Official_Account: officialAccount,
			SubscriberList: subscribers.map((account) => ({ Subscriber_Account: account })),
		}),
		statusOf: addResultStatus,
		// Adding is a set operation: a resent batch answers "already subscribed", never a duplicate.
		idempotent: true,
	});
}
