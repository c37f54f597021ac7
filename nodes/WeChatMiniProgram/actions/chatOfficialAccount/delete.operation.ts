import { destroyOfficialAccount } from '../../transport/tencentApi/chatOfficialAccount';
import { tencentItemOperation } from '../tencentItemOperation';
import { officialAccountField, readOfficialAccount } from './fields';
import { readTencentRequestsInFlight, requestOptions } from './requestOptions';

export const { description, execute } = tencentItemOperation({
	resource: 'chatOfficialAccount',
	operation: 'delete',
	properties: [officialAccountField, requestOptions],
	inFlight: readTencentRequestsInFlight,
	async item(ctx, client, itemIndex) {
		const officialAccount = readOfficialAccount(ctx, itemIndex);
		await destroyOfficialAccount(client, officialAccount);
		return { officialAccount, deleted: true };
	},
});
