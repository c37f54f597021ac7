import { randomInt } from 'crypto';
import type { INodeProperties } from 'n8n-workflow';

import { RatePacer } from '../../../protocol/common/ratePacer';
import { MAX_MESSAGES_PER_SECOND_PER_ACCOUNT } from '../../../protocol/tencent/officialAccountCommands';
import { sendOfficialAccountMessage } from '../../transport/tencentApi/chatOfficialAccount';
import { TencentChatClient } from '../../transport/tencentChatClient';
import { optionsCollection, rateLimitWaitOption } from '../common.descriptions';
import { forEachItem } from '../forEachItem';
import { operationFields } from '../operation';
import type { OperationExecutor } from '../operation';
import { officialAccountField, readOfficialAccount } from './fields';
import { messageBodyFields, readMessageBody } from '../tencentMessageBody';

const properties: INodeProperties[] = [
	officialAccountField,
	...messageBodyFields(false),
	optionsCollection([
		{ displayName: 'Cloud Custom Data', name: 'CloudCustomData', type: 'string', default: '' },
		rateLimitWaitOption,
	]),
	{
		displayName:
			'Tencent allows one message per second and two broadcasts per hour per official account, and drops a message identical to one sent in the last 5 minutes',
		name: 'sendLimitsNotice',
		type: 'notice',
		default: '',
	},
];

export const description = operationFields('chatOfficialAccount', 'sendMessage', properties);

export const execute: OperationExecutor = async function (items, transport) {
	const client = await TencentChatClient.create(this, transport);
	const pacers = new Map<string, RatePacer>();
	return await forEachItem(this, items, async (itemIndex) => {
		const officialAccount = readOfficialAccount(this, itemIndex);
		const options = this.getNodeParameter('options', itemIndex, {}) as {
			CloudCustomData?: string;
		};
		const body: Record<string, unknown> = {
			Official_Account: officialAccount,
			Random: randomInt(0, 0x1_0000_0000),
			MsgBody: readMessageBody(this, itemIndex),
		};
		if (options.CloudCustomData) body.CloudCustomData = options.CloudCustomData;
		let pacer = pacers.get(officialAccount);
		if (!pacer)
			pacers.set(
				officialAccount,
				(pacer = new RatePacer(MAX_MESSAGES_PER_SECOND_PER_ACCOUNT, transport.clock)),
			);
		await pacer.take(1);
		return { officialAccount, ...(await sendOfficialAccountMessage(client, body)) };
	});
};
