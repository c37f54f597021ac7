import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';

import type { TransportOptions } from '../../transport/transportOptions';
import { OfficialAccountCommand } from '../../../protocol/tencent/officialAccountCommands';
import { deleteResultStatus } from '../../../protocol/tencent/subscriberBatches';
import { officialAccountField } from './fields';
import { runSubscriberOperation, subscriberSourceFields } from './subscriberJobs';

export const description = updateDisplayOptions(
	{ show: { resource: ['chatOfficialAccount'], operation: ['removeSubscribers'] } },
	[officialAccountField, ...subscriberSourceFields('unsubscribe')],
);

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	transport: TransportOptions,
): Promise<INodeExecutionData[]> {
	return await runSubscriberOperation(this, items, transport, {
		command: OfficialAccountCommand.deleteSubscriber,
		// Tencent's field table says SubscriberList, but its sample request (what the service reads) uses
		// SubscriberToDel_Account with plain UserIDs.
		body: (officialAccount, subscribers) => ({
			Official_Account: officialAccount,
			SubscriberToDel_Account: subscribers,
		}),
		statusOf: deleteResultStatus,
		idempotent: true,
	});
}
