import {
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import type { TransportOptions } from '../../transport/transportOptions';
import { collectCursorPages } from '../../../protocol/common/cursorPages';
import { tencentCursor } from '../../../protocol/tencent/cursorNames';
import {
	MAX_SUBSCRIBED_ACCOUNTS_PER_PAGE,
	OfficialAccountCommand,
} from '../../../protocol/tencent/officialAccountCommands';
import { TencentChatClient } from '../../transport/tencentChatClient';
import { forEachItem } from '../forEachItem';
import { maxResultsOf, returnAllFields } from '../returnAllFields';
import { readRequiredString } from './fields';

const properties: INodeProperties[] = [
	{
		displayName: 'Subscriber UserID',
		name: 'subscriber',
		type: 'string',
		required: true,
		default: '',
		description: 'The user whose subscribed official accounts are listed',
	},
	...returnAllFields,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['chatOfficialAccount'], operation: ['getSubscribedAccounts'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	transport: TransportOptions,
): Promise<INodeExecutionData[]> {
	const client = await TencentChatClient.create(this, transport);
	return await forEachItem(this, items, async (itemIndex) => {
		const subscriber = readRequiredString(this, 'subscriber', 'Subscriber UserID', itemIndex);
		const { items: accounts } = await collectCursorPages<IDataObject, number>(
			async (offset, pageSize) => {
				const answer = await client.call(
					OfficialAccountCommand.getSubscribedAccounts,
					{ Subscriber_Account: subscriber, Limit: pageSize, Offset: offset ?? 0 },
					{ idempotent: true },
				);
				const list = Array.isArray(answer.OfficialAccountInfoList)
					? (answer.OfficialAccountInfoList as IDataObject[])
					: [];
				const complete = Number(answer.CompleteFlag ?? 1) === 1 || answer.Next === undefined;
				return { items: list, next: complete ? undefined : Number(answer.Next) };
			},
			{
				pageSize: MAX_SUBSCRIBED_ACCOUNTS_PER_PAGE,
				maxResults: maxResultsOf(this, itemIndex),
				...tencentCursor('Offset'),
			},
		);
		return accounts.map((account) => ({ subscriber, ...account }));
	});
}
