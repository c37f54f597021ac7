import { NodeOperationError } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData, ResourceMapperValue } from 'n8n-workflow';

import { buildMessageData } from '../../../protocol/wechat/subscribe/messageData';
import type { KeywordField } from '../../../protocol/wechat/subscribe/messageData';
import type { SubscribeMessageBody } from '../../transport/weChatApi';

export interface PreparedMessage {
	body: SubscribeMessageBody;
}

/** Reads one item's send parameters and checks every keyword value; throws a readable error instead of sending a bad message. */
export function prepareMessage(
	ctx: IExecuteFunctions,
	item: INodeExecutionData,
	itemIndex: number,
): PreparedMessage {
	const fail = (message: string, details: string[] = []) =>
		new NodeOperationError(ctx.getNode(), `Item ${itemIndex}: ${message}`, {
			itemIndex,
			description: `Item ${itemIndex}: ${details.length ? details.join('; ') : message}.`,
		});
	const templateId = String(ctx.getNodeParameter('templateId', itemIndex) ?? '').trim();
	if (!templateId) throw fail('choose a template');
	const touser = String(ctx.getNodeParameter('openid', itemIndex) ?? '').trim();
	if (!touser) throw fail('Recipient Openid is empty');

	const mapper = ctx.getNodeParameter('data', itemIndex, {}) as Partial<ResourceMapperValue>;
	const schema = (mapper.schema ?? []).filter((field) => !field.removed);
	const fields: KeywordField[] = schema.map((field) => ({
		key: field.id,
		required: field.required,
		enumValues: field.options?.map((option) => String(option.value)),
	}));
	const values: Record<string, unknown> =
		mapper.mappingMode === 'autoMapInputData'
			? Object.fromEntries(schema.map((field) => [field.id, item.json[field.id]]))
			: { ...(mapper.value ?? {}) };
	const { data, problems } = buildMessageData(values, fields);
	if (problems.length === 0 && Object.keys(data).length === 0)
		problems.push('no keyword has a value');
	if (problems.length > 0) {
		const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
		throw fail(`keyword ${problems[0]}${more}`, problems);
	}

	const options = ctx.getNodeParameter('options', itemIndex, {}) as {
		page?: string;
		miniprogramState?: string;
		lang?: string;
	};
	const body: PreparedMessage['body'] = { touser, template_id: templateId, data };
	if (options.page?.trim()) body.page = options.page.trim();
	if (options.miniprogramState) body.miniprogram_state = options.miniprogramState;
	if (options.lang) body.lang = options.lang;
	return { body };
}
