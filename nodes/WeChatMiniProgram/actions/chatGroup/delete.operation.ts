import { destroyGroup } from '../../transport/tencentApi/chatGroup';
import { readTencentRequestsInFlight, requestOptions } from '../chatOfficialAccount/requestOptions';
import { tencentItemOperation } from '../tencentItemOperation';
import { groupIdField, readGroupId } from './fields';

export const { description, execute } = tencentItemOperation({
	resource: 'chatGroup',
	operation: 'delete',
	properties: [groupIdField, requestOptions],
	inFlight: readTencentRequestsInFlight,
	async item(ctx, client, itemIndex) {
		const groupId = readGroupId(ctx, itemIndex);
		await destroyGroup(client, groupId);
		return { groupId, deleted: true };
	},
});
