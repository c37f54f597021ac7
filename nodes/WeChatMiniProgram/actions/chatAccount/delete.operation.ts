import { MAX_ACCOUNTS_PER_DELETE } from '../../../protocol/tencent/chatCommands';
import { deleteAccounts } from '../../transport/tencentApi/chatAccount';
import { accountOperation } from './accountJobs';

export const { description, execute } = accountOperation({
	operation: 'delete',
	action: 'delete',
	label: 'account_delete',
	batchSize: MAX_ACCOUNTS_PER_DELETE,
	call: async (_ctx, client, userIds) => await deleteAccounts(client, userIds),
});
