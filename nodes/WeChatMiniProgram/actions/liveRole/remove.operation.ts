import { deleteRole } from '../../transport/weChatApi';
import { weChatItemOperation } from '../weChatItemOperation';
import { memberWeChatIdField, readMember, roleField } from './roleFields';

export const { description, execute } = weChatItemOperation({
	resource: 'liveRole',
	operation: 'remove',
	properties: [memberWeChatIdField, roleField],
	async item(ctx, client, itemIndex) {
		const { username, role } = readMember(ctx, itemIndex, 'role/deleterole');
		await deleteRole(client, username, role);
		return { username, role, removed: true };
	},
});
