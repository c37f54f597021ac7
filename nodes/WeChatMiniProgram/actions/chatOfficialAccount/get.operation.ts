import {
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import type { TransportOptions } from '../../transport/transportOptions';
import { chunk } from '../../../protocol/common/chunk';
import { splitList, uniqueValues } from '../../../protocol/common/lists';
import {
	MAX_ACCOUNTS_PER_INFO_CALL,
	OfficialAccountCommand,
} from '../../../protocol/tencent/officialAccountCommands';
import { TencentChatClient } from '../../transport/tencentChatClient';
import { forEachItem } from '../forEachItem';

const properties: INodeProperties[] = [
	{
		displayName: 'Official Account IDs',
		name: 'officialAccounts',
		type: 'string',
		required: true,
		default: '',
		placeholder: '@TOA#_news, @TOA#_offers',
		description: 'One or more OfficialAccountUserIDs, separated by commas or new lines',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['chatOfficialAccount'], operation: ['get'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	transport: TransportOptions,
): Promise<INodeExecutionData[]> {
	const client = await TencentChatClient.create(this, transport);
	return await forEachItem(this, items, async (itemIndex) => {
		const accounts = uniqueValues(splitList(this.getNodeParameter('officialAccounts', itemIndex)));
		const found: IDataObject[] = [];
		for (const batch of chunk(accounts, MAX_ACCOUNTS_PER_INFO_CALL)) {
			const answer = await client.call(
				OfficialAccountCommand.getInfo,
				{ OfficialAccountIdList: batch.map((account) => ({ Official_Account: account })) },
				{ idempotent: true },
			);
			if (Array.isArray(answer.OfficialAccountInfoList))
				found.push(...(answer.OfficialAccountInfoList as IDataObject[]));
		}
		return found;
	});
}
