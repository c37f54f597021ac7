import { rationedPush } from '../../transport/tencentApi/chatPush';
import { tencentItemOperationWithTransport } from './rationedOperation';
import { contentFields, pushContent, pushOptions, pushOutput, rationNotice } from './pushFields';

export const { description, execute } = tencentItemOperationWithTransport({
	operation: 'pushToAll',
	properties: [rationNotice, ...contentFields, pushOptions],
	async item(ctx, client, transport, itemIndex) {
		const { taskId, sentAt } = await rationedPush(client, transport, pushContent(ctx, itemIndex));
		return pushOutput(taskId, sentAt, { audience: 'all' });
	},
});
