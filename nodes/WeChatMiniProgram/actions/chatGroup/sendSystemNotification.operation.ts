import type { INodeProperties } from 'n8n-workflow';

import { splitList, uniqueValues } from '../../../protocol/common/lists';
import { MAX_NOTIFICATION_RECIPIENTS } from '../../../protocol/tencent/groupCommands';
import { sendGroupSystemNotification } from '../../transport/tencentApi/chatGroup';
import { readRequiredString } from '../chatOfficialAccount/fields';
import { optionsCollection, rateLimitWaitOption } from '../common.descriptions';
import { refuseIf } from '../refuseItem';
import { tencentItemOperation } from '../tencentItemOperation';
import { groupIdField, readGroupId } from './fields';

const properties: INodeProperties[] = [
	groupIdField,
	{
		displayName: 'Content',
		name: 'content',
		type: 'string',
		typeOptions: { rows: 3 },
		required: true,
		default: '',
		description: 'The notification text members receive as a system notification',
	},
	optionsCollection([
		rateLimitWaitOption,
		{
			displayName: 'Recipient UserIDs',
			name: 'toMembers',
			type: 'string',
			default: '',
			placeholder: 'user1, user2',
			description: `Members to notify, separated by commas (at most ${MAX_NOTIFICATION_RECIPIENTS}); empty: every member`,
		},
	]),
];

export const { description, execute } = tencentItemOperation({
	resource: 'chatGroup',
	operation: 'sendSystemNotification',
	properties,
	async item(ctx, client, itemIndex) {
		const groupId = readGroupId(ctx, itemIndex);
		const content = readRequiredString(ctx, 'content', 'Content', itemIndex);
		const options = ctx.getNodeParameter('options', itemIndex, {}) as { toMembers?: unknown };
		const toMembers = uniqueValues(splitList(options.toMembers ?? ''));
		refuseIf(
			ctx,
			itemIndex,
			toMembers.length > MAX_NOTIFICATION_RECIPIENTS
				? `${toMembers.length} recipients: a system notification takes at most ${MAX_NOTIFICATION_RECIPIENTS}`
				: undefined,
		);
		// Sent once: a resent notification reaches the members twice.
		await sendGroupSystemNotification(client, groupId, content, toMembers);
		return { groupId, sent: true, allMembers: toMembers.length === 0, recipients: toMembers };
	},
});
