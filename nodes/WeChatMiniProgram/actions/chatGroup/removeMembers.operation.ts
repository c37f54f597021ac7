import { MAX_MEMBERS_PER_REMOVE } from '../../../protocol/tencent/groupCommands';
import { removeGroupMembers } from '../../transport/tencentApi/chatGroup';
import { accountOperation } from '../chatAccount/accountJobs';
import { groupTarget } from './memberJobs';

export const { description, execute } = accountOperation({
	resource: 'chatGroup',
	operation: 'removeMembers',
	target: groupTarget,
	action: 'remove from the group',
	label: 'delete_group_member',
	batchSize: MAX_MEMBERS_PER_REMOVE,
	fields: [
		{
			displayName: 'Reason',
			name: 'reason',
			type: 'string',
			default: '',
			description: 'Shown to the removed members in their notification',
		},
		{
			displayName: 'Silence',
			name: 'silence',
			type: 'boolean',
			default: false,
			description:
				'Whether to remove the members without notifying the group (only the removed members are told)',
		},
	],
	call: async (ctx, client, userIds, groupId) =>
		await removeGroupMembers(client, groupId, userIds, {
			silence: ctx.getNodeParameter('silence', 0, false) as boolean,
			reason: String(ctx.getNodeParameter('reason', 0, '') ?? '').trim(),
		}),
});
