import { NodeOperationError, type IExecuteFunctions, type INodeProperties } from 'n8n-workflow';

export const officialAccountField: INodeProperties = {
	displayName: 'Official Account ID',
	name: 'officialAccount',
	type: 'string',
	required: true,
	default: '',
	placeholder: '@TOA#_my_account',
	description: 'The OfficialAccountUserID returned when the account was created',
};

export function readRequiredString(
	ctx: IExecuteFunctions,
	name: string,
	label: string,
	itemIndex: number,
): string {
	const value = String(ctx.getNodeParameter(name, itemIndex, '') ?? '').trim();
	if (!value) throw new NodeOperationError(ctx.getNode(), `${label} is required`, { itemIndex });
	return value;
}

/** The Official Account ID parameter of an item, trimmed; an error naming the field when empty. */
export function readOfficialAccount(ctx: IExecuteFunctions, itemIndex: number): string {
	return readRequiredString(ctx, 'officialAccount', 'Official Account ID', itemIndex);
}

/** Keeps only the fields the user set, so an update leaves the others untouched. */
export function definedFields(values: Record<string, unknown>): Record<string, unknown> {
	return Object.fromEntries(
		Object.entries(values).filter(([, value]) => value !== undefined && value !== ''),
	);
}

/** A "Message Body" JSON parameter: a non-empty MsgBody array of TIM elements, or an error naming `label`. */
export function readMsgBodyJson(
	ctx: IExecuteFunctions,
	name: string,
	label: string,
	itemIndex: number,
): unknown[] {
	const raw = ctx.getNodeParameter(name, itemIndex);
	let parsed: unknown = raw;
	if (typeof raw === 'string') {
		try {
			parsed = JSON.parse(raw);
		} catch {
			throw new NodeOperationError(ctx.getNode(), `${label} is not valid JSON`, { itemIndex });
		}
	}
	if (!Array.isArray(parsed) || parsed.length === 0) {
		throw new NodeOperationError(
			ctx.getNode(),
			`${label} must be a non-empty array of TIM elements`,
			{ itemIndex },
		);
	}
	return parsed;
}

/** The "Message Body" JSON field: a MsgBody array of TIM elements. */
export function msgBodyField(displayName: string, show: Record<string, string[]>): INodeProperties {
	return {
		displayName,
		name: 'msgBody',
		type: 'json',
		required: true,
		default: '[{"MsgType":"TIMTextElem","MsgContent":{"Text":"hello"}}]',
		description: 'A MsgBody array of TIM elements (TIMTextElem, TIMCustomElem, TIMImageElem, …)',
		displayOptions: { show },
	};
}

/** The "Text" field of a text message, shown for Message Type "Text". */
export const messageTextField: INodeProperties = {
	displayName: 'Text',
	name: 'text',
	type: 'string',
	typeOptions: { rows: 3 },
	required: true,
	default: '',
	displayOptions: { show: { messageType: ['text'] } },
};

/** A required UserID field. */
export function userIdField(
	name: string,
	displayName: string,
	description: string,
): INodeProperties {
	return { displayName, name, type: 'string', required: true, default: '', description };
}
