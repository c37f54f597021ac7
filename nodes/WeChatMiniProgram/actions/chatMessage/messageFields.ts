import { NodeOperationError, type IExecuteFunctions, type INodeProperties } from 'n8n-workflow';

import {
	customElement,
	NO_SYNC_TO_SENDER,
	offlinePushInfo,
	SYNC_TO_SENDER,
	textElement,
} from '../../../protocol/tencent/chatMessageCommands';
import { optionsCollection, rateLimitWaitOption } from '../common.descriptions';
import {
	messageTextField,
	msgBodyField,
	readMsgBodyJson,
	readRequiredString,
	userIdField,
} from '../chatOfficialAccount/fields';

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
export const messageFields: INodeProperties[] = [
	{
		displayName: 'Message Type',
		name: 'messageType',
		type: 'options',
		noDataExpression: true,
		default: 'text',
		options: [
			{
				name: 'Custom',
				value: 'custom',
				description: 'Data for the app, with an optional description and extension',
			},
			{
				name: 'Message Body (JSON)',
				value: 'msgBody',
				description: 'Any MsgBody array of TIM elements',
			},
			{ name: 'Text', value: 'text' },
		],
	},
	messageTextField,
	{
		displayName: 'Data',
		name: 'customData',
		type: 'string',
		typeOptions: { rows: 3 },
		required: true,
		default: '',
		placeholder: '{"type":"order_shipped","orderId":"1024"}',
		description: 'The custom message content the app reads (often JSON text)',
		displayOptions: { show: { messageType: ['custom'] } },
	},
	{
		displayName: 'Description',
		name: 'customDescription',
		type: 'string',
		default: '',
		description: 'Text shown for the message where the app cannot render it, and in offline pushes',
		displayOptions: { show: { messageType: ['custom'] } },
	},
	{
		displayName: 'Extension',
		name: 'customExtension',
		type: 'string',
		default: '',
		description: 'Extra text delivered with the custom message',
		displayOptions: { show: { messageType: ['custom'] } },
	},
	msgBodyField('Message Body (JSON)', { messageType: ['msgBody'] }),
];

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
	{
		displayName: 'Offline Push Description',
		name: 'pushDescription',
		type: 'string',
		default: '',
		description: 'The text of the notification a recipient whose app is offline receives',
	},
	{
		displayName: 'Offline Push Extension',
		name: 'pushExtension',
		type: 'string',
		default: '',
		description: 'Data the app receives when the notification is opened',
	},
	{
		displayName: 'Offline Push Title',
		name: 'pushTitle',
		type: 'string',
		default: '',
		description: 'The title of the notification a recipient whose app is offline receives',
	},
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

interface MessageOptions {
	msgLifeTime?: number;
	pushDescription?: string;
	pushExtension?: string;
	pushTitle?: string;
	syncToSender?: boolean;
}

/** The MsgBody the item's fields describe. */
export function readMsgBody(ctx: IExecuteFunctions, itemIndex: number): unknown[] {
	const type = ctx.getNodeParameter('messageType', itemIndex) as string;
	if (type === 'text') return [textElement(readRequiredString(ctx, 'text', 'Text', itemIndex))];
	if (type === 'custom') {
		return [
			customElement({
				data: readRequiredString(ctx, 'customData', 'Data', itemIndex),
				description: String(ctx.getNodeParameter('customDescription', itemIndex, '') ?? ''),
				extension: String(ctx.getNodeParameter('customExtension', itemIndex, '') ?? ''),
			}),
		];
	}
	const body = readMsgBodyJson(ctx, 'msgBody', 'Message Body (JSON)', itemIndex);
	if (!body.every((e) => e && typeof e === 'object' && 'MsgType' in e))
		throw new NodeOperationError(
			ctx.getNode(),
			'Message Body (JSON) must be a non-empty array of TIM elements, each with MsgType and MsgContent',
			{ itemIndex },
		);
	return body;
}

/**
 * The sendmsg / batchsendmsg body of an item without its recipients and MsgRandom: sender, MsgBody,
 * SyncOtherMachine, MsgLifeTime and OfflinePushInfo.
 */
export function readMessageBody(
	ctx: IExecuteFunctions,
	itemIndex: number,
): Record<string, unknown> {
	const options = ctx.getNodeParameter('options', itemIndex, {}) as MessageOptions;
	const body: Record<string, unknown> = {
		SyncOtherMachine: options.syncToSender === false ? NO_SYNC_TO_SENDER : SYNC_TO_SENDER,
		MsgBody: readMsgBody(ctx, itemIndex),
	};
	const from = String(ctx.getNodeParameter('fromAccount', itemIndex, '') ?? '').trim();
	if (from) body.From_Account = from;
	if (options.msgLifeTime !== undefined) body.MsgLifeTime = options.msgLifeTime;
	const push = offlinePushInfo({
		title: options.pushTitle,
		description: options.pushDescription,
		extension: options.pushExtension,
	});
	if (push) body.OfflinePushInfo = push;
	return body;
}
