import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { NO_SYNC_TO_SENDER, SYNC_TO_SENDER } from '../../../protocol/tencent/chatMessageCommands';
import { optionsCollection, rateLimitWaitOption } from '../common.descriptions';
import { userIdField } from '../chatOfficialAccount/fields';
import {
	messageBodyFields,
	offlinePushOptionFields,
	readMessageBody,
	readOfflinePush,
} from '../tencentMessageBody';
import type { OfflinePushOptions } from '../tencentMessageBody';

/** From Account: the sender, or the app administrator when empty. */
export const fromAccountField: INodeProperties = {
	displayName: 'From Account',
	name: 'fromAccount',
	type: 'string',
	default: '',
	placeholder: 'shop_service',
	description:
		'UserID the message is sent as; empty sends it as the app administrator of the credential',
};

/** The other side of a one-to-one conversation. */
export const peerAccountField = userIdField(
	'peerAccount',
	'Peer Account',
	'UserID of the other side of the conversation',
);

/** The message: text or custom data built from fields, or any MsgBody as JSON. */
export const messageFields: INodeProperties[] = messageBodyFields(true);

/** Send and Send Batch options, alphabetical. */
export const messageOptions = optionsCollection([
	{
		displayName: 'Message Lifetime (Seconds)',
		name: 'msgLifeTime',
		type: 'number',
		typeOptions: { minValue: 0, maxValue: 604800 },
		default: 604800,
		description:
			'How long the message is kept for recipients who are offline (at most 7 days); 0 delivers it only to online devices and keeps no history',
	},
	...offlinePushOptionFields,
	rateLimitWaitOption,
	{
		displayName: 'Sync to Sender',
		name: 'syncToSender',
		type: 'boolean',
		default: true,
		description:
			"Whether the message also appears on the sender's devices and in the sender's history",
	},
]);

interface MessageOptions extends OfflinePushOptions {
	msgLifeTime?: number;
	syncToSender?: boolean;
}

/**
 * The sendmsg / batchsendmsg body of an item without its recipients and MsgRandom: sender, MsgBody,
 * SyncOtherMachine, MsgLifeTime and OfflinePushInfo.
 */
export function readSendBody(ctx: IExecuteFunctions, itemIndex: number): Record<string, unknown> {
	const options = ctx.getNodeParameter('options', itemIndex, {}) as MessageOptions;
	const body: Record<string, unknown> = {
		SyncOtherMachine: options.syncToSender === false ? NO_SYNC_TO_SENDER : SYNC_TO_SENDER,
		MsgBody: readMessageBody(ctx, itemIndex),
	};
	const from = String(ctx.getNodeParameter('fromAccount', itemIndex, '') ?? '').trim();
	if (from) body.From_Account = from;
	if (options.msgLifeTime !== undefined) body.MsgLifeTime = options.msgLifeTime;
	const push = readOfflinePush(options);
	if (push) body.OfflinePushInfo = push;
	return body;
}
