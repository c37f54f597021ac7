import { destroyOfficialAccount } from '../../transport/tencentApi/chatOfficialAccount';
import { tencentInFlightOperation } from '../tencentItemOperation';
import { officialAccountField, readOfficialAccount } from './fields';

export const { description, execute } = tencentInFlightOperation({
	resource: 'chatOfficialAccount',
	operation: 'delete',
	properties: [officialAccountField],
	async item(ctx, client, itemIndex) {
		const officialAccount = readOfficialAccount(ctx, itemIndex);
		await destroyOfficialAccount(client, officialAccount);
		return { officialAccount, deleted: true };
	},
});
