import {
	NodeOperationError,
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import type { TransportOptions } from '../../transport/transportOptions';
import { sendSubscribeMessage } from '../../transport/weChatApi';
import { WeChatClient } from '../../transport/weChatClient';
import { toNodeError } from '../../transport/nodeErrors';
import { errorJson } from '../forEachItem';
import { templatePicker } from '../subscribeTemplate/templatePicker';
import { prepareMessage, type PreparedMessage } from './prepareMessage';

const properties: INodeProperties[] = [
	{
		...templatePicker,
		description: `The private template of the message. ${templatePicker.description}`,
	},
	{
		displayName: 'Recipient Openid',
		name: 'openid',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. o7esq5OI1Uej6Xixw1lA2H7XDVbc',
		description: 'The openid of a user who accepted this template in the Mini Program',
	},
	{
		displayName: 'Keywords',
		name: 'data',
		type: 'resourceMapper',
		noDataExpression: true,
		required: true,
		default: { mappingMode: 'defineBelow', value: null },
		typeOptions: {
			loadOptionsDependsOn: ['templateId'],
			resourceMapper: {
				resourceMapperMethod: 'getTemplateDataFields',
				mode: 'add',
				fieldWords: { singular: 'keyword', plural: 'keywords' },
				addAllFields: true,
				multiKeyMatch: false,
				supportAutoMap: true,
				noFieldsError: 'The template has no keywords, or no template is chosen',
			},
		},
		description:
			"The template's keyword values. Each is checked against WeChat's rule for its type before sending.",
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Language',
				name: 'lang',
				type: 'options',
				default: 'zh_CN',
				description: 'Language of the "enter the Mini Program" link',
				options: [
					{ name: 'English', value: 'en_US' },
					{ name: 'Simplified Chinese', value: 'zh_CN' },
					{ name: 'Traditional Chinese (Hong Kong)', value: 'zh_HK' },
					{ name: 'Traditional Chinese (Taiwan)', value: 'zh_TW' },
				],
			},
			{
				displayName: 'Mini Program Version',
				name: 'miniprogramState',
				type: 'options',
				default: 'formal',
				description: 'Which version of the Mini Program the card opens',
				options: [
					{ name: 'Developer', value: 'developer' },
					{ name: 'Release', value: 'formal' },
					{ name: 'Trial', value: 'trial' },
				],
			},
			{
				displayName: 'Page',
				name: 'page',
				type: 'string',
				default: '',
				placeholder: 'e.g. pages/index/index?foo=bar',
				description: 'The Mini Program page the card opens; without one the card opens nothing',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['subscribeMessage'], operation: ['send'] } },
	properties,
);

/**
 * Sends one subscription message per item. Every item is checked first, so a run with an invalid
 * item sends nothing (unless Continue On Fail). Sends are never repeated on an unclear answer: the
 * user could get the message twice.
 */
export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	transport: TransportOptions,
): Promise<INodeExecutionData[]> {
	const prepared = items.map((item, itemIndex) => prepareOrError(this, item, itemIndex));
	const invalid = prepared.filter(
		(entry): entry is NodeOperationError => entry instanceof NodeOperationError,
	);
	if (invalid.length > 0 && !this.continueOnFail()) {
		const [first] = invalid;
		first.description = `Nothing was sent. ${invalid.map((error) => error.description).join(' ')}`;
		throw first;
	}
	const client = await WeChatClient.create(this, transport);
	const output: INodeExecutionData[] = [];
	let sent = 0;
	for (const [itemIndex, message] of prepared.entries()) {
		const pairedItem = { item: itemIndex };
		if (message instanceof NodeOperationError) {
			output.push({ json: errorJson(message), pairedItem });
			continue;
		}
		try {
			const { msgid, errmsg } = await sendSubscribeMessage(client, message.body);
			sent++;
			output.push({
				json: {
					msgid,
					touser: message.body.touser,
					templateId: message.body.template_id,
					errcode: 0,
					errmsg,
				},
				pairedItem,
			});
		} catch (error) {
			const nodeError = toNodeError(this, error, itemIndex);
			if (!this.continueOnFail()) {
				const notTried = items.length - itemIndex - 1;
				nodeError.description = [
					nodeError.description,
					`${sent} earlier message(s) were sent; the ${notTried} later item(s) were not tried.`,
				]
					.filter(Boolean)
					.join(' ');
				throw nodeError;
			}
			output.push({ json: errorJson(nodeError), pairedItem });
		}
	}
	return output;
}

function prepareOrError(
	ctx: IExecuteFunctions,
	item: INodeExecutionData,
	itemIndex: number,
): PreparedMessage | NodeOperationError {
	try {
		return prepareMessage(ctx, item, itemIndex);
	} catch (error) {
		if (error instanceof NodeOperationError) return error;
		return new NodeOperationError(ctx.getNode(), (error as Error).message, {
			itemIndex,
			description: `Item ${itemIndex}: ${(error as Error).message}.`,
		});
	}
}
