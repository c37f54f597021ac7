import { NodeOperationError } from 'n8n-workflow';

import { modifyOfficialAccount } from '../../transport/tencentApi/chatOfficialAccount';
import { fieldsCollection } from '../common.descriptions';
import { tencentInFlightOperation } from '../tencentItemOperation';
import { withAccountInfoOptions } from './accountInfoOptions';
import { definedFields, officialAccountField, readOfficialAccount } from './fields';

export const { description, execute } = tencentInFlightOperation({
	resource: 'chatOfficialAccount',
	operation: 'update',
	properties: [
		officialAccountField,
		fieldsCollection(
			'Update Fields',
			'updateFields',
			withAccountInfoOptions({
				displayName: 'Name',
				name: 'Name',
				type: 'string',
				default: '',
				description: 'Up to 150 bytes',
			}),
		),
	],
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
		await modifyOfficialAccount(client, officialAccount, fields);
		return { officialAccount, updated: Object.keys(fields) };
	},
});
