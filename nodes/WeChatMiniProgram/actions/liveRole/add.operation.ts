import { addRole } from '../../transport/weChatApi';
import { weChatItemOperation } from '../weChatItemOperation';
import { memberWeChatIdField, readMember, roleField } from './roleFields';

export const { description, execute } = weChatItemOperation({
	resource: 'liveRole',
	operation: 'add',
	properties: [memberWeChatIdField, roleField],
	async item(ctx, client, itemIndex) {
		const { username, role } = readMember(ctx, itemIndex, 'role/addrole');
		await addRole(client, username, role);
		return { username, role, added: true };
	},
});
