import { parseTemplateKeywords } from './templateKeywords';
import type { TemplateKeyword } from './templateKeywords';

/** One entry of gettemplate: a template added to the account. */
export interface PrivateTemplate {
	priTmplId: string;
	title: string;
	content: string;
	example: string;
	/** 2 one-time, 3 long-term. */
	type: number;
	keywordEnumValueList?: { keywordCode: string; enumValueList: string[] }[];
	[key: string]: unknown;
}

export const TEMPLATE_TYPE_NAMES: Record<number, string> = { 2: 'one-time', 3: 'long-term' };

export interface TemplateField extends TemplateKeyword {
	/** Allowed values, for enum keywords whose values the template lists. */
	enumValues?: string[];
}

/** The keywords a message of this template must fill, with the allowed values of its enum keywords. */
export function templateFields(template: PrivateTemplate): TemplateField[] {
	const enums = new Map(
		(template.keywordEnumValueList ?? []).map((entry) => [
			entry.keywordCode.replace(/\.DATA$/, ''),
			entry.enumValueList,
		]),
	);
	return parseTemplateKeywords(String(template.content ?? '')).map((keyword) => {
		const enumValues = enums.get(keyword.key);
		return enumValues?.length ? { ...keyword, enumValues } : keyword;
	});
}
