import { checkKeywordValue } from './keywordRules';

export interface KeywordField {
	key: string;
	required: boolean;
	/** Allowed values of an enum keyword, when known. */
	enumValues?: readonly string[];
}

export type MessageData = Record<string, { value: string }>;

export interface BuiltMessageData {
	data: MessageData;
	/** One line per broken rule, e.g. 'thing1 "..." : at most 20 characters (got 23)'. Empty when all is well. */
	problems: string[];
}

/**
 * Turns keyword values into subscribe/send's `data` ({thing1: {value: "..."}}) and checks each
 * against WeChat's content rules, so a message WeChat would refuse (47003) is never sent.
 */
export function buildMessageData(
	values: Record<string, unknown>,
	fields: readonly KeywordField[],
): BuiltMessageData {
	const data: MessageData = {};
	const problems: string[] = [];
	const known = new Map(fields.map((field) => [field.key, field]));
	for (const field of fields) {
		const text = valueText(values[field.key]);
		if (text === undefined) {
			if (field.required)
				problems.push(`${field.key}: missing (every keyword of the template needs a value)`);
			continue;
		}
		data[field.key] = { value: text };
	}
	for (const key of Object.keys(values)) {
		if (!known.has(key) && valueText(values[key]) !== undefined) {
			data[key] = { value: valueText(values[key])! };
		}
	}
	for (const [key, { value }] of Object.entries(data)) {
		const problem = checkKeywordValue(key, value, known.get(key)?.enumValues);
		if (problem) problems.push(`${key} "${shorten(value)}": ${problem}`);
	}
	return { data, problems };
}

function valueText(value: unknown): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function shorten(value: string): string {
	const chars = [...value];
	return chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : value;
}
