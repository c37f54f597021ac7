import { NodeOperationError } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { sendSubscribeMessage } from '../../transport/weChatApi';
import { WeChatClient } from '../../transport/weChatClient';
import { toNodeError } from '../../transport/nodeErrors';
import { runInOrder } from '../../../protocol/common/runInOrder';
import { readWeChatRequestsInFlight } from '../callOptions';
import { optionsCollection, weChatInFlightOptions } from '../common.descriptions';
import { errorJson } from '../forEachItem';
import { describeStoppedRun } from '../itemRunAccount';
import { miniProgramVersionField } from '../miniProgramVersion';
import { operationFields } from '../operation';
import type { OperationExecutor } from '../operation';
import { templatePicker } from '../subscribeTemplate/templatePicker';
import { prepareMessage } from './prepareMessage';
import type { PreparedMessage } from './prepareMessage';

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
	optionsCollection([
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
		miniProgramVersionField('Which version of the Mini Program the card opens', 'miniprogramState'),
		{
			displayName: 'Page',
			name: 'page',
			type: 'string',
			default: '',
			placeholder: 'e.g. pages/index/index?foo=bar',
			description: 'The Mini Program page the card opens; without one the card opens nothing',
		},
		...weChatInFlightOptions(
			'Each message is its own call; WeChat limits them per day, not per second.',
		),
	]),
];

export const description = operationFields('subscribeMessage', 'send', properties);

/**
 * Sends one subscription message per item, several in flight. Every item is checked first, so a run
 * with an invalid item sends nothing (unless Continue On Fail). Sends are never repeated on an
 * unclear answer: the user could get the message twice. A failure stops new sends (unless Continue
 * On Fail); sends in flight finish, and the error says what became of every item.
 */
export const execute: OperationExecutor = async function (items, transport) {
	const prepared = items.map((item, itemIndex) => prepareOrError(this, item, itemIndex));
	const invalid = prepared.filter(
		(entry): entry is NodeOperationError => entry instanceof NodeOperationError,
	);
	const continueOnFail = this.continueOnFail();
	if (invalid.length > 0 && !continueOnFail) {
		const [first] = invalid;
		first.description = `Nothing was sent. ${invalid.map((error) => error.description).join(' ')}`;
		throw first;
	}
	const client = await WeChatClient.create(this, transport);
	const outcomes = await runInOrder({
		inputs: prepared,
		inFlight: readWeChatRequestsInFlight(this),
		run: async (message) => {
			if (message instanceof NodeOperationError) throw message;
			const { msgid, errmsg } = await sendSubscribeMessage(client, message.body);
			return {
				msgid,
				touser: message.body.touser,
				templateId: message.body.template_id,
				errcode: 0,
				errmsg,
			};
		},
		stopOnFailure: !continueOnFail,
	});
	const firstFailure = outcomes.findIndex((outcome) => outcome.state === 'failed');
	if (firstFailure >= 0 && !continueOnFail) {
		const nodeError = toNodeError(
			this,
			(outcomes[firstFailure] as { error: unknown }).error,
			firstFailure,
		);
		nodeError.description = [
			nodeError.description,
			describeStoppedRun(outcomes, firstFailure, { noun: 'message', done: 'sent' }),
		]
			.filter(Boolean)
			.join(' ');
		throw nodeError;
	}
	return outcomes.map((outcome, itemIndex): INodeExecutionData => {
		const pairedItem = { item: itemIndex };
		if (outcome.state === 'done') return { json: outcome.value, pairedItem };
		const error = outcome.state === 'failed' ? outcome.error : new Error('not sent');
		return { json: errorJson(toNodeError(this, error, itemIndex)), pairedItem };
	});
};

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
