import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import type { TransportOptions } from '../../transport/transportOptions';
import { OfficialAccountCommand } from '../../../protocol/tencent/officialAccountCommands';
import { TencentChatClient } from '../../transport/tencentChatClient';
import { forEachItem } from '../forEachItem';
import { officialAccountField, readOfficialAccount, readRequiredString } from './fields';

const properties: INodeProperties[] = [
	officialAccountField,
	{
		displayName: 'Subscriber UserID',
		name: 'subscriber',
		type: 'string',
		required: true,
		default: '',
	},
	{
		displayName: 'Custom String',
		name: 'customString',
		type: 'string',
		default: '',
		description: "The subscriber's custom field on this official account",
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['chatOfficialAccount'], operation: ['updateSubscriber'] } },
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
		const subscriber = readRequiredString(this, 'subscriber', 'Subscriber UserID', itemIndex);
		const customString = String(this.getNodeParameter('customString', itemIndex, ''));
		await client.call(
			OfficialAccountCommand.modifySubscriber,
			{
				Official_Account: officialAccount,
				Subscriber_Account: subscriber,
				CustomString: customString,
			},
			{ idempotent: true },
		);
		return { officialAccount, subscriber, customString };
	});
}
