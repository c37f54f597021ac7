import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';

import type { TransportOptions } from '../../transport/transportOptions';
import { OfficialAccountCommand } from '../../../protocol/tencent/officialAccountCommands';
import { TencentChatClient } from '../../transport/tencentChatClient';
import { forEachItem } from '../forEachItem';
import { officialAccountField, readOfficialAccount } from './fields';

export const description = updateDisplayOptions(
	{ show: { resource: ['chatOfficialAccount'], operation: ['delete'] } },
	[officialAccountField],
);

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	transport: TransportOptions,
): Promise<INodeExecutionData[]> {
	const client = await TencentChatClient.create(this, transport);
	return await forEachItem(this, items, async (itemIndex) => {
		const officialAccount = readOfficialAccount(this, itemIndex);
		// Not resent on an unclear answer: a second try would report 130004 and hide what happened.
		await client.call(
			OfficialAccountCommand.destroy,
			{ Official_Account: officialAccount },
			{ idempotent: false },
		);
		return { officialAccount, deleted: true };
	});
}
