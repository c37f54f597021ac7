import { destroyGroup } from '../../transport/tencentApi/chatGroup';
import { tencentInFlightOperation } from '../tencentItemOperation';
import { groupIdField, readGroupId } from './fields';

export const { description, execute } = tencentInFlightOperation({
	resource: 'chatGroup',
	operation: 'delete',
	properties: [groupIdField],
	async item(ctx, client, itemIndex) {
		const groupId = readGroupId(ctx, itemIndex);
		await destroyGroup(client, groupId);
		return { groupId, deleted: true };
	},
});
