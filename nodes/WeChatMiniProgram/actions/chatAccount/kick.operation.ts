import { kickAccount } from '../../transport/tencentApi/chatAccount';
import { accountOperation, oneAccountACall } from './accountJobs';

export const { description, execute } = accountOperation({
	operation: 'kick',
	action: 'log out',
	label: 'kick',
	batchSize: 1,
	call: oneAccountACall(async (client, userId) => {
		await kickAccount(client, userId);
		return { status: 'kicked' };
	}),
});
