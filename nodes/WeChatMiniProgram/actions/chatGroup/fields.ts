import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readRequiredString } from '../chatOfficialAccount/fields';

export const groupIdField: INodeProperties = {
	displayName: 'Group ID',
	name: 'groupId',
	type: 'string',
	required: true,
	default: '',
	placeholder: '@TGS#2C5SZEAEF',
	description: 'The GroupId returned when the group was created, or the one given then',
};

/** The Group ID parameter of an item, trimmed; an error naming the field when empty. */
export function readGroupId(ctx: IExecuteFunctions, itemIndex: number): string {
	return readRequiredString(ctx, 'groupId', 'Group ID', itemIndex);
}
