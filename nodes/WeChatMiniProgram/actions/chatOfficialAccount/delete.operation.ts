import { OfficialAccountCommand } from '../../../protocol/tencent/officialAccountCommands';
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
		// Not resent on an unclear answer: a second try would report 130004 and hide what happened.
		await client.call(
			OfficialAccountCommand.destroy,
			{ Official_Account: officialAccount },
			{ idempotent: false },
		);
		return { officialAccount, deleted: true };
	},
});
