import { addResultStatus } from '../../../protocol/tencent/subscriberBatches';
import { addSubscribers } from '../../transport/tencentApi/chatOfficialAccount';
import { subscriberOperation } from './subscriberJobs';

export const { description, execute } = subscriberOperation({
	operation: 'addSubscribers',
	action: 'subscribe',
	label: 'add_subscriber',
	call: addSubscribers,
	statusOf: addResultStatus,
});
