import { randomInt } from 'crypto';
import type { INodeProperties } from 'n8n-workflow';

import { sendGroupMessage } from '../../transport/tencentApi/chatGroup';
import { optionsCollection, rateLimitWaitOption } from '../common.descriptions';
import {
	messageBodyFields,
	offlinePushOptionFields,
	readMessageBody,
	readOfflinePush,
} from '../tencentMessageBody';
import type { OfflinePushOptions } from '../tencentMessageBody';
import { tencentItemOperation } from '../tencentItemOperation';
import { groupIdField, readGroupId } from './fields';

const properties: INodeProperties[] = [
	groupIdField,
	...messageBodyFields(true),
	optionsCollection([
		{ displayName: 'Cloud Custom Data', name: 'cloudCustomData', type: 'string', default: '' },
		{
			displayName: 'Disable Offline Push',
			name: 'noOfflinePush',
			type: 'boolean',
			default: false,
			description: 'Whether to leave out the push notification to members who are offline',
		},
		{
			displayName: 'From UserID',
			name: 'fromAccount',
			type: 'string',
			default: '',
			description: 'The member the message is sent as; empty: the app administrator',
		},
		...offlinePushOptionFields,
		rateLimitWaitOption,
	]),
	{
		displayName:
			'Tencent allows 40 messages a second per group: messages to one group are paced to that, and a refusal for it is waited out (nothing was sent). A message whose outcome is unclear is never resent.',
		name: 'sendLimitsNotice',
		type: 'notice',
		default: '',
	},
];

interface SendOptions extends OfflinePushOptions {
	cloudCustomData?: string;
	noOfflinePush?: boolean;
	fromAccount?: string;
}

export const { description, execute } = tencentItemOperation({
	resource: 'chatGroup',
	operation: 'sendMessage',
	properties,
	// One at a time: messages keep their order in each group.
	async item(ctx, client, itemIndex) {
		const groupId = readGroupId(ctx, itemIndex);
		const options = ctx.getNodeParameter('options', itemIndex, {}) as SendOptions;
		const body: Record<string, unknown> & { GroupId: string } = {
			GroupId: groupId,
			Random: randomInt(0, 0x1_0000_0000),
			MsgBody: readMessageBody(ctx, itemIndex),
		};
		const from = options.fromAccount?.trim();
		if (from) body.From_Account = from;
		if (options.cloudCustomData) body.CloudCustomData = options.cloudCustomData;
		const push = readOfflinePush(options, options.noOfflinePush);
		if (push) body.OfflinePushInfo = push;
		return { groupId, ...(await sendGroupMessage(client, body)) };
	},
});
