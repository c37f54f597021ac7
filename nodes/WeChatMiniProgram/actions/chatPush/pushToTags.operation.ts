import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { splitList, listValue } from '../../../protocol/common/lists';
import { rationedPush } from '../../transport/tencentApi/chatPush';
import { contentFields, pushContent, pushOptions, pushOutput, rationNotice } from './pushFields';
import { tencentItemOperationWithTransport } from './rationedOperation';

/** Tencent's limits on a push condition (90032, 90020). */
const MAX_TAGS = 10;
const MAX_TAG_BYTES = 50;

const conditionFields: INodeProperties[] = [
	{
		displayName: 'Push To',
		name: 'conditionType',
		type: 'options',
		noDataExpression: true,
		default: 'tags',
		options: [
			{ name: 'Users With Attributes', value: 'attributes' },
			{ name: 'Users With Tags', value: 'tags' },
		],
		description: 'Tags and attributes cannot be combined in one push',
	},
	{
		displayName: 'Match',
		name: 'match',
		type: 'options',
		default: 'any',
		options: [
			{ name: 'All', value: 'all', description: 'Users having every one given' },
			{ name: 'Any', value: 'any', description: 'Users having at least one given' },
		],
	},
	{
		displayName: 'Tags',
		name: 'tags',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'vip, shanghai',
		description: 'At most 10 tags of up to 50 bytes, separated by commas or new lines',
		displayOptions: { show: { conditionType: ['tags'] } },
	},
	{
		displayName: 'Attributes',
		name: 'attributes',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Attribute',
		default: {},
		displayOptions: { show: { conditionType: ['attributes'] } },
		options: [
			{
				displayName: 'Attribute',
				name: 'attribute',
				values: [
					{
						displayName: 'Name',
						name: 'name',
						type: 'string',
						default: '',
						description: 'An attribute name set for the app in the console',
					},
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
					},
				],
			},
		],
	},
];

function refuse(ctx: IExecuteFunctions, itemIndex: number, message: string): never {
	throw new NodeOperationError(ctx.getNode(), message, { itemIndex });
}

/** Tencent's Condition from the item's parameters, checked as Tencent would before sending. */
function readCondition(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	const all = ctx.getNodeParameter('match', itemIndex, 'any') === 'all';
	if (ctx.getNodeParameter('conditionType', itemIndex) === 'tags') {
		const tags = [...new Set(splitList(ctx.getNodeParameter('tags', itemIndex)).map(listValue))];
		const named = tags.filter(Boolean);
		if (named.length === 0) refuse(ctx, itemIndex, 'Tags: give at least one tag');
		if (named.length > MAX_TAGS)
			refuse(ctx, itemIndex, `Tags: at most ${MAX_TAGS} tags a push (${named.length} given)`);
		const long = named.find((tag) => Buffer.byteLength(tag) > MAX_TAG_BYTES);
		if (long) refuse(ctx, itemIndex, `Tags: "${long}" is longer than ${MAX_TAG_BYTES} bytes`);
		return { [all ? 'TagsAnd' : 'TagsOr']: named };
	}
	const entries = (
		(ctx.getNodeParameter('attributes.attribute', itemIndex, []) as IDataObject[]) ?? []
	).map((entry) => [String(entry.name ?? '').trim(), String(entry.value ?? '')] as const);
	if (entries.length === 0) refuse(ctx, itemIndex, 'Attributes: give at least one attribute');
	if (entries.some(([name]) => !name))
		refuse(ctx, itemIndex, 'Attributes: every attribute needs a name');
	return { [all ? 'AttrsAnd' : 'AttrsOr']: Object.fromEntries(entries) };
}

export const { description, execute } = tencentItemOperationWithTransport({
	operation: 'pushToTags',
	properties: [rationNotice, ...conditionFields, ...contentFields, pushOptions],
	async item(ctx, client, transport, itemIndex) {
		const Condition = readCondition(ctx, itemIndex);
		const { taskId, sentAt } = await rationedPush(client, transport, {
			...pushContent(ctx, itemIndex),
			Condition,
		});
		return pushOutput(taskId, sentAt, { condition: Condition });
	},
});
