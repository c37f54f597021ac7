import { updateDisplayOptions } from 'n8n-workflow';
import type { INodeProperties } from 'n8n-workflow';

import { MAX_ACCOUNTS_PER_IMPORT } from '../../../protocol/tencent/chatCommands';
import { importAccount, importAccounts } from '../../transport/tencentApi/chatAccount';
import { readTencentRequestsInFlight, requestOptions } from '../chatOfficialAccount/requestOptions';
import { readRequiredString } from '../chatOfficialAccount/fields';
import { forEachItem } from '../forEachItem';
import { TencentChatClient } from '../../transport/tencentChatClient';
import { operationFields } from '../operation';
import type { OperationExecutor } from '../operation';
import { accountSourceFields, runAccountOperation } from './accountJobs';
import type { AccountOperation } from './accountJobs';

const many: AccountOperation = {
	operation: 'import',
	action: 'import',
	label: 'multiaccount_import',
	batchSize: MAX_ACCOUNTS_PER_IMPORT,
	call: async (_ctx, client, userIds) => await importAccounts(client, userIds),
};

const importMode: INodeProperties = {
	displayName: 'Import',
	name: 'importMode',
	type: 'options',
	noDataExpression: true,
	default: 'many',
	options: [
		{
			name: 'Many Accounts',
			value: 'many',
			description: 'UserIDs only, 100 per call',
		},
		{
			name: 'One Account per Item With Profile',
			value: 'one',
			description: 'Each input item imports one account with its nickname and avatar',
		},
	],
};

const profileFields: INodeProperties[] = [
	{
		displayName: 'UserID',
		name: 'userId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'customer_1024',
		description: 'The account to import (at most 32 bytes)',
	},
	{
		displayName: 'Nickname',
		name: 'nick',
		type: 'string',
		default: '',
		description: "The account's nickname, shown to other users",
	},
	{
		displayName: 'Avatar URL',
		name: 'faceUrl',
		type: 'string',
		default: '',
		placeholder: 'https://example.com/avatar.png',
		description: "The URL of the account's profile photo",
	},
];

export const description = operationFields('chatAccount', 'import', [
	importMode,
	...updateDisplayOptions({ show: { importMode: ['many'] } }, accountSourceFields('import')),
	...updateDisplayOptions({ show: { importMode: ['one'] } }, profileFields),
	requestOptions,
]);

export const execute: OperationExecutor = async function (items, transport) {
	if (this.getNodeParameter('importMode', 0) === 'many')
		return await runAccountOperation(this, items, transport, many);
	const client = await TencentChatClient.create(this, transport);
	return await forEachItem(
		this,
		items,
		async (itemIndex) => {
			const userId = readRequiredString(this, 'userId', 'UserID', itemIndex);
			const nick = String(this.getNodeParameter('nick', itemIndex, '') ?? '').trim();
			const faceUrl = String(this.getNodeParameter('faceUrl', itemIndex, '') ?? '').trim();
			await importAccount(client, { userId, nick, faceUrl });
			return { userId, status: 'imported', ...(nick && { nick }), ...(faceUrl && { faceUrl }) };
		},
		{ inFlight: readTencentRequestsInFlight(this) },
	);
};
