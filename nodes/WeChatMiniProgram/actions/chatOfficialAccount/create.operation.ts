import type { INodeProperties } from 'n8n-workflow';

import { createOfficialAccount } from '../../transport/tencentApi/chatOfficialAccount';
import { fieldsCollection } from '../common.descriptions';
import { tencentInFlightOperation } from '../tencentItemOperation';
import { withAccountInfoOptions } from './accountInfoOptions';
import { definedFields, readRequiredString } from './fields';

const properties: INodeProperties[] = [
	{
		displayName: 'Owner UserID',
		name: 'ownerAccount',
		type: 'string',
		required: true,
		default: '',
		description: 'The imported account that owns the official account',
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		description: 'Up to 150 bytes of UTF-8',
	},
	fieldsCollection(
		'Additional Fields',
		'additionalFields',
		withAccountInfoOptions({
			displayName: 'Official Account ID',
			name: 'OfficialAccountUserID',
			type: 'string',
			default: '',
			placeholder: '@TOA#_my_account',
			description: 'Your own ID (must start with @TOA#_); Tencent generates one when empty',
		}),
	),
];

export const { description, execute } = tencentInFlightOperation({
	resource: 'chatOfficialAccount',
	operation: 'create',
	properties,
	async item(ctx, client, itemIndex) {
		const body: Record<string, unknown> = {
			Owner_Account: readRequiredString(ctx, 'ownerAccount', 'Owner UserID', itemIndex),
			Name: readRequiredString(ctx, 'name', 'Name', itemIndex),
			...definedFields(
				ctx.getNodeParameter('additionalFields', itemIndex, {}) as Record<string, unknown>,
			),
		};
		// Sent once: a resent create may make a second account (or fail with 130008).
		return { officialAccount: await createOfficialAccount(client, body) };
	},
});
