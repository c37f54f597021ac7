import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import type { TransportOptions } from '../../transport/transportOptions';
import { OfficialAccountCommand } from '../../../protocol/tencent/officialAccountCommands';
import { TencentChatClient } from '../../transport/tencentChatClient';
import { forEachItem } from '../forEachItem';
import { definedFields, readRequiredString } from './fields';
import { accountInfoOptions } from './accountInfoOptions';

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
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Official Account ID',
				name: 'OfficialAccountUserID',
				type: 'string',
				default: '',
				placeholder: '@TOA#_my_account',
				description: 'Your own ID (must start with @TOA#_); Tencent generates one when empty',
			},
			...accountInfoOptions,
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['chatOfficialAccount'], operation: ['create'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	transport: TransportOptions,
): Promise<INodeExecutionData[]> {
	const client = await TencentChatClient.create(this, transport);
	return await forEachItem(this, items, async (itemIndex) => {
		const body: Record<string, unknown> = {
			Owner_Account: readRequiredString(this, 'ownerAccount', 'Owner UserID', itemIndex),
			Name: readRequiredString(this, 'name', 'Name', itemIndex),
			...definedFields(
				this.getNodeParameter('additionalFields', itemIndex, {}) as Record<string, unknown>,
			),
		};
		// Not idempotent: a resent create may make a second account (or fail with 130008).
		const answer = await client.call(OfficialAccountCommand.create, body, { idempotent: false });
		return {
			officialAccount: String(answer.OfficialAccountUserID ?? body.OfficialAccountUserID ?? ''),
		};
	});
}
