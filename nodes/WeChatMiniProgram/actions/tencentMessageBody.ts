import { NodeOperationError } from 'n8n-workflow';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import {
	customElement,
	offlinePushInfo,
	parseMsgBody,
	textElement,
} from '../../protocol/tencent/messageBody';
import type { TimElement } from '../../protocol/tencent/messageBody';
import { readRequiredString } from './chatOfficialAccount/fields';

const customFields: INodeProperties[] = [
	{
		displayName: 'Data',
		name: 'customData',
		type: 'string',
		typeOptions: { rows: 3 },
		required: true,
		default: '',
		placeholder: '{"type":"order_shipped","orderId":"1024"}',
		description: 'What your app receives as the custom element',
	},
	{
		displayName: 'Description',
		name: 'customDesc',
		type: 'string',
		default: '',
		description:
			'Shown where the app shows no custom element (for example in the conversation list)',
	},
	{
		displayName: 'Extension',
		name: 'customExt',
		type: 'string',
		default: '',
		description: 'Extra data of the custom element',
	},
];

/**
 * The message of a Tencent Cloud Chat send: a Message Type, then the text, the custom element's
 * fields (when `withCustom`) or a MsgBody as JSON.
 */
export function messageBodyFields(withCustom: boolean): INodeProperties[] {
	const show = (messageType: string) => ({ show: { messageType: [messageType] } });
	return [
		{
			displayName: 'Message Type',
			name: 'messageType',
			type: 'options',
			default: 'text',
			options: [
				...(withCustom
					? [
							{
								name: 'Custom',
								value: 'custom',
								description:
									'Data your app reads (a custom element), with a description and extension',
							},
						]
					: []),
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
			displayOptions: show('text'),
		},
		...(withCustom
			? customFields.map((field) => ({ ...field, displayOptions: show('custom') }))
			: []),
		{
			displayName: 'Message Body',
			name: 'msgBody',
			type: 'json',
			required: true,
			default: '[{"MsgType":"TIMTextElem","MsgContent":{"Text":"hello"}}]',
			displayOptions: show('msgBody'),
		},
	];
}

/** The MsgBody an item's messageBodyFields give; an error naming the problem and the item. */
export function readMessageBody(ctx: IExecuteFunctions, itemIndex: number): TimElement[] {
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

/** The offline push options of a send (in alphabetical order, for its Options collection). */
export const offlinePushOptionFields: INodeProperties[] = [
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
];

export interface OfflinePushOptions {
	pushDescription?: string;
	pushExtension?: string;
	pushTitle?: string;
}

/** The OfflinePushInfo the options give, or undefined when they set none. */
export function readOfflinePush(options: OfflinePushOptions, disabled?: boolean) {
	return offlinePushInfo({
		title: options.pushTitle,
		desc: options.pushDescription,
		ext: options.pushExtension,
		disabled,
	});
}
