import {
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';

import type { TransportOptions } from '../../transport/transportOptions';
import { collectCursorPages } from '../../../protocol/common/cursorPages';
import { tencentCursor } from '../../../protocol/tencent/cursorNames';
import {
	MAX_SUBSCRIBERS_PER_PAGE,
	OfficialAccountCommand,
} from '../../../protocol/tencent/officialAccountCommands';
import { TencentChatClient } from '../../transport/tencentChatClient';
import { forEachItem } from '../forEachItem';
import { maxResultsOf, returnAllFields } from '../returnAllFields';
import { officialAccountField, readOfficialAccount } from './fields';

export const description = updateDisplayOptions(
	{ show: { resource: ['chatOfficialAccount'], operation: ['getSubscribers'] } },
	[officialAccountField, ...returnAllFields],
);

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	transport: TransportOptions,
): Promise<INodeExecutionData[]> {
	const client = await TencentChatClient.create(this, transport);
	return await forEachItem(this, items, async (itemIndex) => {
		const officialAccount = readOfficialAccount(this, itemIndex);
		const { items: subscribers } = await collectCursorPages<IDataObject, string>(
			async (next, pageSize) => {
				const answer = await client.call(
					OfficialAccountCommand.getSubscribers,
					{ Official_Account: officialAccount, Limit: pageSize, Next: next ?? '' },
					{ idempotent: true },
				);
				const nextCursor = String(answer.Next ?? '');
				return {
					items: Array.isArray(answer.SubscriberList)
						? (answer.SubscriberList as IDataObject[])
						: [],
					next: nextCursor === '' ? undefined : nextCursor,
				};
			},
			{
				pageSize: MAX_SUBSCRIBERS_PER_PAGE,
				maxResults: maxResultsOf(this, itemIndex),
				...tencentCursor('Next'),
			},
		);
		return subscribers.map((subscriber) => ({ officialAccount, ...subscriber }));
	});
}
