import type { IDataObject } from 'n8n-workflow';

import { chunk } from '../../../protocol/common/chunk';
import { splitList, uniqueValues } from '../../../protocol/common/lists';
import { MAX_ACCOUNTS_PER_INFO_CALL } from '../../../protocol/tencent/officialAccountCommands';
import { getOfficialAccountInfo } from '../../transport/tencentApi/chatOfficialAccount';
import { tencentInFlightOperation } from '../tencentItemOperation';

export const { description, execute } = tencentInFlightOperation({
	resource: 'chatOfficialAccount',
	operation: 'get',
	properties: [
		{
			displayName: 'Official Account IDs',
			name: 'officialAccounts',
			type: 'string',
			required: true,
			default: '',
			placeholder: '@TOA#_news, @TOA#_offers',
			description: 'One or more OfficialAccountUserIDs, separated by commas or new lines',
		},
	],
	async item(ctx, client, itemIndex) {
		const accounts = uniqueValues(splitList(ctx.getNodeParameter('officialAccounts', itemIndex)));
		const found: IDataObject[] = [];
		for (const batch of chunk(accounts, MAX_ACCOUNTS_PER_INFO_CALL)) {
			found.push(...(await getOfficialAccountInfo(client, batch)));
		}
		return found;
	},
});
