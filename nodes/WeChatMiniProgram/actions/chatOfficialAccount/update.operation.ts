import {
	NodeOperationError,
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import type { TransportOptions } from '../../transport/transportOptions';
import { OfficialAccountCommand } from '../../../protocol/tencent/officialAccountCommands';
import { TencentChatClient } from '../../transport/tencentChatClient';
import { forEachItem } from '../forEachItem';
import { accountInfoOptions } from './accountInfoOptions';
import { definedFields, officialAccountField, readOfficialAccount } from './fields';

const properties: INodeProperties[] = [
	officialAccountField,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Name',
				name: 'Name',
				type: 'string',
				default: '',
				description: 'Up to 150 bytes',
			},
			...accountInfoOptions,
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['chatOfficialAccount'], operation: ['update'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	transport: TransportOptions,
): Promise<INodeExecutionData[]> {
	const client = await TencentChatClient.create(this, transport);
	return await forEachItem(this, items, async (itemIndex) => {
		const officialAccount = readOfficialAccount(this, itemIndex);
		const fields = definedFields(
			this.getNodeParameter('updateFields', itemIndex, {}) as Record<string, unknown>,
		);
		if (Object.keys(fields).length === 0) {
			throw new NodeOperationError(this.getNode(), 'Add at least one field to update', {
				itemIndex,
			});
		}
		// Setting the same values twice changes nothing: safe to resend.
		await client.call(
			OfficialAccountCommand.modify,
			{ Official_Account: officialAccount, ...fields },
			{ idempotent: true },
		);
		return { officialAccount, updated: Object.keys(fields) };
	});
}
