import { MAX_ACCOUNTS_PER_STATUS_QUERY } from '../../../protocol/tencent/chatCommands';
import { queryOnlineStatus } from '../../transport/tencentApi/chatAccount';
import { accountOperation } from './accountJobs';

export const { description, execute } = accountOperation({
	operation: 'getOnlineStatus',
	action: 'look up',
	label: 'query_online_status',
	batchSize: MAX_ACCOUNTS_PER_STATUS_QUERY,
	fields: [
		{
			displayName: 'Include Devices',
			name: 'includeDevices',
			type: 'boolean',
			default: false,
			description:
				"Whether to add each account's devices with their platform and status (online, offline or reachable by push only)",
		},
	],
	call: async (ctx, client, userIds) =>
		await queryOnlineStatus(
			client,
			userIds,
			ctx.getNodeParameter('includeDevices', 0, false) as boolean,
		),
});
