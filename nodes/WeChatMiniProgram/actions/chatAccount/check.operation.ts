import { MAX_ACCOUNTS_PER_CHECK } from '../../../protocol/tencent/chatCommands';
import { checkAccounts } from '../../transport/tencentApi/chatAccount';
import { accountOperation } from './accountJobs';

export const { description, execute } = accountOperation({
	operation: 'check',
	action: 'check',
	label: 'account_check',
	batchSize: MAX_ACCOUNTS_PER_CHECK,
	call: async (_ctx, client, userIds) => await checkAccounts(client, userIds),
});
