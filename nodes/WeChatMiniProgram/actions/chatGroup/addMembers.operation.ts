import { MAX_MEMBERS_PER_ADD } from '../../../protocol/tencent/groupCommands';
import { addGroupMembers } from '../../transport/tencentApi/chatGroup';
import { accountOperation } from '../chatAccount/accountJobs';
import { groupTarget } from './memberJobs';

export const { description, execute } = accountOperation({
	resource: 'chatGroup',
	operation: 'addMembers',
	target: groupTarget,
	action: 'add to the group',
	label: 'add_group_member',
	batchSize: MAX_MEMBERS_PER_ADD,
	fields: [
		{
			displayName: 'Silence',
			name: 'silence',
			type: 'boolean',
			default: false,
			description: 'Whether to add the members without a system notification to the group',
		},
	],
	call: async (ctx, client, userIds, groupId) =>
		await addGroupMembers(
			client,
			groupId,
			userIds,
			ctx.getNodeParameter('silence', 0, false) as boolean,
		),
});
