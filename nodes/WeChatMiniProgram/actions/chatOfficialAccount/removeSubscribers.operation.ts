import { deleteResultStatus } from '../../../protocol/tencent/subscriberBatches';
import { deleteSubscribers } from '../../transport/tencentApi/chatOfficialAccount';
import { subscriberOperation } from './subscriberJobs';

export const { description, execute } = subscriberOperation({
	operation: 'removeSubscribers',
	action: 'unsubscribe',
	label: 'delete_subscriber',
	call: deleteSubscribers,
	statusOf: deleteResultStatus,
});
