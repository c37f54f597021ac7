import type { INodeProperties } from 'n8n-workflow';

import { splitList, uniqueValues } from '../../../protocol/common/lists';
import { GROUP_TYPES, MAX_INITIAL_MEMBERS } from '../../../protocol/tencent/groupCommands';
import { createGroup } from '../../transport/tencentApi/chatGroup';
import { definedFields, readRequiredString } from '../chatOfficialAccount/fields';
import { fieldsCollection } from '../common.descriptions';
import { refuseIf } from '../refuseItem';
import { tencentInFlightOperation } from '../tencentItemOperation';

const properties: INodeProperties[] = [
	{
		displayName: 'Type',
		name: 'groupType',
		type: 'options',
		default: 'Public',
		options: [...GROUP_TYPES].sort().map((type) => ({ name: type, value: type })),
		description:
			'Public: anyone may apply to join; Private: members invite others; ChatRoom: a meeting group anyone joins; AVChatRoom: a live-stream group without a member limit; Community: a large group with topics',
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		description: 'Up to 100 bytes of UTF-8',
	},
	{
		displayName: 'Owner UserID',
		name: 'ownerAccount',
		type: 'string',
		default: '',
		description:
			'An imported account that owns the group and becomes its first member; empty: no owner',
	},
	fieldsCollection('Additional Fields', 'additionalFields', [
		{
			displayName: 'Apply Join Option',
			name: 'ApplyJoinOption',
			type: 'options',
			default: 'NeedPermission',
			options: [
				{ name: 'Disable Apply', value: 'DisableApply' },
				{ name: 'Free Access', value: 'FreeAccess' },
				{ name: 'Need Permission', value: 'NeedPermission' },
			],
			description: 'How users join when they apply',
		},
		{
			displayName: 'Avatar URL',
			name: 'FaceUrl',
			type: 'string',
			default: '',
			placeholder: 'https://example.com/group.png',
		},
		{
			displayName: 'Group ID',
			name: 'GroupId',
			type: 'string',
			default: '',
			placeholder: '@TGS#_spring_sale',
			description:
				"Your own ID for the group (a Community group's starts with @TGS#_); Tencent generates one when empty",
		},
		{
			displayName: 'Initial Member UserIDs',
			name: 'members',
			type: 'string',
			default: '',
			placeholder: 'user1, user2',
			description: `Imported accounts that join at once, separated by commas (at most ${MAX_INITIAL_MEMBERS})`,
		},
		{
			displayName: 'Introduction',
			name: 'Introduction',
			type: 'string',
			default: '',
			description: 'Up to 400 bytes',
		},
		{
			displayName: 'Max Member Count',
			name: 'MaxMemberCount',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 200,
			description: 'The most members the group takes (within the limit of the plan)',
		},
		{
			displayName: 'Notification',
			name: 'Notification',
			type: 'string',
			default: '',
			description: 'The group notice, up to 400 bytes',
		},
	]),
];

export const { description, execute } = tencentInFlightOperation({
	resource: 'chatGroup',
	operation: 'create',
	properties,
	async item(ctx, client, itemIndex) {
		const type = ctx.getNodeParameter('groupType', itemIndex) as string;
		const name = readRequiredString(ctx, 'name', 'Name', itemIndex);
		const owner = String(ctx.getNodeParameter('ownerAccount', itemIndex, '') ?? '').trim();
		const { members, ...fields } = ctx.getNodeParameter('additionalFields', itemIndex, {}) as {
			members?: unknown;
		} & Record<string, unknown>;
		const initialMembers = uniqueValues(splitList(members ?? ''));
		refuseIf(
			ctx,
			itemIndex,
			initialMembers.length > MAX_INITIAL_MEMBERS
				? `${initialMembers.length} initial members: a group is created with at most ${MAX_INITIAL_MEMBERS}`
				: undefined,
		);
		const body: Record<string, unknown> = { Type: type, Name: name, ...definedFields(fields) };
		if (owner) body.Owner_Account = owner;
		if (initialMembers.length)
			body.MemberList = initialMembers.map((userId) => ({ Member_Account: userId }));
		// Sent once: a resent create may make a second group (or answer 10021 for the first).
		const groupId = await createGroup(client, body);
		return {
			groupId,
			type,
			name,
			...(owner && { owner }),
			...(initialMembers.length && { members: initialMembers }),
		};
	},
});
