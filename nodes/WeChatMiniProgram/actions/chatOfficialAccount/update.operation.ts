import { NodeOperationError } from 'n8n-workflow';

import { OfficialAccountCommand } from '../../../protocol/tencent/officialAccountCommands';
import { tencentItemOperation } from '../tencentItemOperation';
import { withAccountInfoOptions } from './accountInfoOptions';
import { definedFields, officialAccountField, readOfficialAccount } from './fields';
import { readTencentRequestsInFlight, requestOptions } from './requestOptions';

export const { description, execute } = tencentItemOperation({
	resource: 'chatOfficialAccount',
	operation: 'update',
	properties: [
		officialAccountField,
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: withAccountInfoOptions({
				displayName: 'Name',
				name: 'Name',
				type: 'string',
				default: '',
				description: 'Up to 150 bytes',
			}),
		},
		requestOptions,
	],
	inFlight: readTencentRequestsInFlight,
	async item(ctx, client, itemIndex) {
		const officialAccount = readOfficialAccount(ctx, itemIndex);
		const fields = definedFields(
			ctx.getNodeParameter('updateFields', itemIndex, {}) as Record<string, unknown>,
		);
		if (Object.keys(fields).length === 0) {
			throw new NodeOperationError(ctx.getNode(), 'Add at least one field to update', {
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
	},
});
