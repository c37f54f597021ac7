import { randomInt } from 'crypto';
import { NodeOperationError, type IExecuteFunctions, type INodeProperties } from 'n8n-workflow';

import {
	customElement,
	offlinePushInfo,
	parseMsgBody,
	textElement,
	type TimElement,
} from '../../../protocol/tencent/messageBody';
import { sendGroupMessage } from '../../transport/tencentApi/chatGroup';
import { readRequiredString } from '../chatOfficialAccount/fields';
import { rateLimitWaitOption } from '../common.descriptions';
import { tencentItemOperation } from '../tencentItemOperation';
import { groupIdField, readGroupId } from './fields';

const properties: INodeProperties[] = [
	groupIdField,
	{
		displayName: 'Message Type',
		name: 'messageType',
		type: 'options',
		default: 'text',
		options: [
			{
				name: 'Custom',
				value: 'custom',
				description: 'Data your app reads (a custom element), with a description and extension',
			},
			{
				name: 'Message Body (JSON)',
				value: 'msgBody',
				description: 'A MsgBody array of TIM elements',
			},
			{ name: 'Text', value: 'text' },
		],
	},
	{
		displayName: 'Text',
		name: 'text',
		type: 'string',
		typeOptions: { rows: 3 },
		required: true,
		default: '',
		displayOptions: { show: { messageType: ['text'] } },
	},
	{
		displayName: 'Data',
		name: 'customData',
		type: 'string',
		typeOptions: { rows: 3 },
		required: true,
		default: '',
		placeholder: '{"type":"order_shipped","orderId":"1024"}',
		description: 'What your app receives as the custom element',
		displayOptions: { show: { messageType: ['custom'] } },
	},
	{
		displayName: 'Description',
		name: 'customDesc',
		type: 'string',
		default: '',
		description:
			'Shown where the app shows no custom element (for example in the conversation list)',
		displayOptions: { show: { messageType: ['custom'] } },
	},
	{
		displayName: 'Extension',
		name: 'customExt',
		type: 'string',
		default: '',
		description: 'Extra data of the custom element',
		displayOptions: { show: { messageType: ['custom'] } },
	},
	{
		displayName: 'Message Body',
		name: 'msgBody',
		type: 'json',
		required: true,
		default: '[{"MsgType":"TIMTextElem","MsgContent":{"Text":"hello"}}]',
		displayOptions: { show: { messageType: ['msgBody'] } },
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
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
			{
				displayName: 'Offline Push Description',
				name: 'pushDesc',
				type: 'string',
				default: '',
				description: 'The text of the push notification offline members get',
			},
			{
				displayName: 'Offline Push Extension',
				name: 'pushExt',
				type: 'string',
				default: '',
				description: 'Data passed through to the app with the push notification',
			},
			{
				displayName: 'Offline Push Title',
				name: 'pushTitle',
				type: 'string',
				default: '',
			},
			rateLimitWaitOption,
		],
	},
	{
		displayName:
			'Tencent allows 40 messages a second per group: messages to one group are paced to that, and a refusal for it is waited out (nothing was sent). A message whose outcome is unclear is never resent.',
		name: 'sendLimitsNotice',
		type: 'notice',
		default: '',
	},
];

interface SendOptions {
	cloudCustomData?: string;
	noOfflinePush?: boolean;
	fromAccount?: string;
	pushDesc?: string;
	pushExt?: string;
	pushTitle?: string;
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
			MsgBody: readMsgBody(ctx, itemIndex),
		};
		const from = options.fromAccount?.trim();
		if (from) body.From_Account = from;
		if (options.cloudCustomData) body.CloudCustomData = options.cloudCustomData;
		const push = offlinePushInfo({
			title: options.pushTitle,
			desc: options.pushDesc,
			ext: options.pushExt,
			disabled: options.noOfflinePush,
		});
		if (push) body.OfflinePushInfo = push;
		return { groupId, ...(await sendGroupMessage(client, body)) };
	},
});

function readMsgBody(ctx: IExecuteFunctions, itemIndex: number): TimElement[] {
	switch (ctx.getNodeParameter('messageType', itemIndex)) {
		case 'text':
			return [textElement(readRequiredString(ctx, 'text', 'Text', itemIndex))];
		case 'custom':
			return [
				customElement({
					data: readRequiredString(ctx, 'customData', 'Data', itemIndex),
					desc: String(ctx.getNodeParameter('customDesc', itemIndex, '') ?? ''),
					ext: String(ctx.getNodeParameter('customExt', itemIndex, '') ?? ''),
				}),
			];
		default: {
			const parsed = parseMsgBody(ctx.getNodeParameter('msgBody', itemIndex));
			if ('problem' in parsed)
				throw new NodeOperationError(ctx.getNode(), parsed.problem, { itemIndex });
			return parsed.elements;
		}
	}
}
