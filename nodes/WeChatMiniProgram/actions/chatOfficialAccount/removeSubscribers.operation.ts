import { OfficialAccountCommand } from '../../../protocol/tencent/officialAccountCommands';
import { deleteResultStatus } from '../../../protocol/tencent/subscriberBatches';
import { subscriberOperation } from './subscriberJobs';

export const { description, execute } = subscriberOperation({
	operation: 'removeSubscribers',
	action: 'unsubscribe',
	command: OfficialAccountCommand.deleteSubscriber,
	// Tencent's field table says SubscriberList, but its sample request (what the service reads) uses
	// SubscriberToDel_Account with plain UserIDs.
	body: (officialAccount, subscribers) => ({
		Official_Account: officialAccount,
		SubscriberToDel_Account: subscribers,
	}),
	statusOf: deleteResultStatus,
	// Removing is a set operation too: a resent batch answers "not subscribed", nothing more.
	idempotent: true,
});
