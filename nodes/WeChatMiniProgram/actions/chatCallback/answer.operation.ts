import { jsonParse, NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import {
	checkBeforeCallbackAnswer,
	isBeforeCallback,
} from '../../../protocol/tencent/callback/beforeCallbackAnswer';
import { textElement } from '../../../protocol/tencent/messageBody';
import { operationFields } from '../operation';
import type { OperationExecutor } from '../operation';

const DECISIONS = {
	allow: { ErrorCode: 0 },
	refuse: { ErrorCode: 1 },
	discard: { ErrorCode: 2 },
} as const;

const fields: INodeProperties[] = [
	{
		displayName:
			'Put this node after a WeChat Mini Program Trigger in Tencent Cloud Chat mode with Answer Before-Callbacks set to From the Workflow. It answers the before-callback that started the execution.',
		name: 'answerNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Decision',
		name: 'decision',
		type: 'options',
		default: 'allow',
		options: [
			{ name: 'Allow', value: 'allow', description: 'ErrorCode 0: the action goes ahead' },
			{
				name: 'Allow With Changes',
				value: 'change',
				description:
					'Before a message is sent (official account, one-to-one, group): send a changed message body or CloudCustomData',
			},
			{
				name: 'Discard Silently',
				value: 'discard',
				description: 'Before a message is sent: drop the message; the sender is told it was sent',
			},
			{
				name: 'Refuse',
				value: 'refuse',
				description: 'ErrorCode 1: the action is refused (a message sender gets an error)',
			},
			{
				name: 'Refuse Some Subscribers',
				value: 'refuseSome',
				description: 'Before Subscribers Added: add the others',
			},
			{
				name: 'Refuse With Own Error Code',
				value: 'customCode',
				description:
					'Before a message is sent: an ErrorCode from 120001 to 130000, passed to the sender with the Error Info',
			},
		],
	},
	{
		displayName: 'Refused Accounts',
		name: 'refusedAccounts',
		type: 'string',
		default: '',
		placeholder: 'user-a, user-b',
		description:
			'Comma-separated account IDs from SubscribeAccountList, or an expression giving an array',
		displayOptions: { show: { decision: ['refuseSome'] } },
	},
	{
		displayName: 'Message Body From',
		name: 'msgBodyFrom',
		type: 'options',
		default: 'json',
		options: [
			{
				name: 'JSON',
				value: 'json',
				description: 'A MsgBody array of message elements',
			},
			{
				name: 'Text',
				value: 'text',
				description: 'One text element with the text given',
			},
		],
		displayOptions: { show: { decision: ['change'] } },
	},
	{
		displayName: 'Message Body (JSON)',
		name: 'msgBody',
		type: 'json',
		default: '={{ JSON.stringify($json.MsgBody) }}',
		description: 'The MsgBody array Tencent sends instead; leave as is to keep the original',
		displayOptions: { show: { decision: ['change'], msgBodyFrom: ['json'] } },
	},
	{
		displayName: 'Message Text',
		name: 'msgText',
		type: 'string',
		default: '',
		placeholder: 'see you at the ***',
		description: 'The text the message carries instead (for example with words masked)',
		displayOptions: { show: { decision: ['change'], msgBodyFrom: ['text'] } },
	},
	{
		displayName: 'Cloud Custom Data',
		name: 'cloudCustomData',
		type: 'string',
		default: '={{ $json.CloudCustomData }}',
		displayOptions: { show: { decision: ['change'] } },
	},
	{
		displayName: 'Error Code',
		name: 'errorCode',
		type: 'number',
		default: 120001,
		typeOptions: { minValue: 120001, maxValue: 130000 },
		displayOptions: { show: { decision: ['customCode'] } },
	},
	{
		displayName: 'Error Info',
		name: 'errorInfo',
		type: 'string',
		default: '',
		description: 'Shown to the sender with the error code',
		displayOptions: { show: { decision: ['customCode'] } },
	},
];

export const description = operationFields('chatCallback', 'answer', fields);

/**
 * Answers the before-callback that started this execution, through the same channel as n8n's
 * Respond to Webhook node (sendResponse). The answer is checked here, so a mistake fails this node
 * with the reason; the trigger checks it again on its way out and sends its default if it is late.
 * n8n's Respond to Webhook node (from version 1.1) refuses to run after a trigger that is not n8n's
 * own; this node has no such check.
 */
export const execute: OperationExecutor = async function (items) {
	if (items.length !== 1) {
		throw new NodeOperationError(
			this.getNode(),
			`A before-callback gets one answer, but this node received ${items.length} items`,
			{ description: 'Keep one item between the trigger and this node (the trigger emits one).' },
		);
	}
	const item = items[0].json;
	const command = typeof item.command === 'string' ? item.command : '';
	if (!isBeforeCallback(command)) {
		throw new NodeOperationError(
			this.getNode(),
			`The item is not a Tencent Cloud Chat before-callback (command: ${command || 'none'})`,
			{
				description:
					'Route only Before Message Sent, Before Subscribers Added, Before Official Account Created, Before One-to-One Message Sent and Before Group Message Sent here.',
			},
		);
	}
	const answer = buildAnswer(this);
	const checked = checkBeforeCallbackAnswer(command, item, JSON.stringify(answer));
	if (!checked.ok) {
		throw new NodeOperationError(
			this.getNode(),
			`Tencent cannot use this answer to ${command}: ${checked.problem}`,
		);
	}
	const body = jsonParse<IDataObject>(checked.answer);
	await this.sendResponse({ body, headers: {}, statusCode: 200 });
	return [{ json: { ...item, beforeCallbackAnswer: body }, pairedItem: { item: 0 } }];
};

function buildAnswer(context: IExecuteFunctions): IDataObject {
	const decision = context.getNodeParameter('decision', 0) as string;
	if (decision === 'allow' || decision === 'refuse' || decision === 'discard')
		return { ...DECISIONS[decision] };
	if (decision === 'customCode') {
		return {
			ErrorCode: context.getNodeParameter('errorCode', 0) as number,
			ErrorInfo: context.getNodeParameter('errorInfo', 0) as string,
		};
	}
	if (decision === 'refuseSome') {
		const raw = context.getNodeParameter('refusedAccounts', 0) as string | string[];
		const accounts = Array.isArray(raw)
			? raw.map(String)
			: raw
					.split(',')
					.map((account) => account.trim())
					.filter(Boolean);
		return { ErrorCode: 0, RefusedSubscribers_Account: accounts };
	}
	const answer: IDataObject = { ErrorCode: 0, MsgBody: changedBody(context) };
	const cloudCustomData = context.getNodeParameter('cloudCustomData', 0, '') as unknown;
	if (cloudCustomData !== undefined && cloudCustomData !== '')
		answer.CloudCustomData = cloudCustomData;
	return answer;
}

function changedBody(context: IExecuteFunctions): IDataObject[] | string {
	if (context.getNodeParameter('msgBodyFrom', 0, 'json') === 'text') {
		const text = context.getNodeParameter('msgText', 0, '') as string;
		return [textElement(text)];
	}
	const rawBody = context.getNodeParameter('msgBody', 0) as string | IDataObject[];
	return typeof rawBody === 'string'
		? jsonParse<IDataObject[] | string>(rawBody, { fallbackValue: rawBody })
		: rawBody;
}
