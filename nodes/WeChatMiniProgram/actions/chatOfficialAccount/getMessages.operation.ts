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
	MESSAGES_PER_HISTORY_PAGE,
	OfficialAccountCommand,
} from '../../../protocol/tencent/officialAccountCommands';
import { TencentChatClient } from '../../transport/tencentChatClient';
import { forEachItem } from '../forEachItem';
import { maxResultsOf, returnAllFields } from '../returnAllFields';
import { officialAccountField, readOfficialAccount } from './fields';

const properties: INodeProperties[] = [
	officialAccountField,
	...returnAllFields,
	{
		displayName: 'Include Recalled Messages',
		name: 'withRecalled',
		type: 'boolean',
		default: false,
		description: 'Whether to include messages that were recalled',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['chatOfficialAccount'], operation: ['getMessages'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	transport: TransportOptions,
): Promise<INodeExecutionData[]> {
	const client = await TencentChatClient.create(this, transport);
	return await forEachItem(this, items, async (itemIndex) => {
		const officialAccount = readOfficialAccount(this, itemIndex);
		const withRecalled = this.getNodeParameter('withRecalled', itemIndex, false) as boolean;
		const { items: messages } = await collectCursorPages<IDataObject, string>(
			async (lastMsgKey, pageSize) => {
				const body: Record<string, unknown> = {
					Official_Account: officialAccount,
					ReqMsgNumber: pageSize,
				};
				if (lastMsgKey) body.LastMsgKey = lastMsgKey;
				if (withRecalled) body.WithRecalledMsg = 1;
				const answer = await client.call(OfficialAccountCommand.getMessages, body, {
					idempotent: true,
				});
				const finished = Number(answer.IsFinished ?? 1) === 1 || !answer.LastMsgKey;
				return {
					items: Array.isArray(answer.RspMsgList) ? (answer.RspMsgList as IDataObject[]) : [],
					next: finished ? undefined : String(answer.LastMsgKey),
				};
			},
			{
				pageSize: MESSAGES_PER_HISTORY_PAGE,
				maxResults: maxResultsOf(this, itemIndex),
				...tencentCursor('LastMsgKey'),
			},
		);
		return messages.map((message) => ({ officialAccount, ...message }));
	});
}
