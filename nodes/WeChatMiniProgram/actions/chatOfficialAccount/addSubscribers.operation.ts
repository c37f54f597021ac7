import { OfficialAccountCommand } from '../../../protocol/tencent/officialAccountCommands';
import { addResultStatus } from '../../../protocol/tencent/subscriberBatches';
import { subscriberOperation } from './subscriberJobs';

export const { description, execute } = subscriberOperation({
	operation: 'addSubscribers',
	action: 'subscribe',
	command: OfficialAccountCommand.addSubscriber,
	body: (officialAccount, subscribers) => ({
		Official_Account: officialAccount,
		SubscriberList: subscribers.map((account) => ({ Subscriber_Account: account })),
	}),
	statusOf: addResultStatus,
	// Adding is a set operation: a resent batch answers "already subscribed", never a duplicate.
	idempotent: true,
});
