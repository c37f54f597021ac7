import { keywordType } from './keywordRules';

export interface TemplateKeyword {
	/** The data key to send, e.g. "thing1". */
	key: string;
	/** The keyword type deciding its content rule, e.g. "thing". */
	type: string;
	/** The label the template shows before it, e.g. "物品名称"; the key when there is none. */
	label: string;
}

const PLACEHOLDER = /\{\{\s*([A-Za-z_]+\d*)\.DATA\s*\}\}/g;

/**
 * The keywords of a private template, read from its `content`
 * ("物品名称:{{thing1.DATA}}\n金额:{{amount2.DATA}}"), in template order, each once.
 */
export function parseTemplateKeywords(content: string): TemplateKeyword[] {
	const keywords: TemplateKeyword[] = [];
	const seen = new Set<string>();
	for (const line of content.split(/\r?\n/)) {
		let labelStart = 0;
		for (const match of line.matchAll(PLACEHOLDER)) {
			const key = match[1];
			const label = line
				.slice(labelStart, match.index)
				.replace(/[:：\s]+$/u, '')
				.trim();
			labelStart = match.index + match[0].length;
			if (seen.has(key)) continue;
			seen.add(key);
			keywords.push({ key, type: keywordType(key), label: label || key });
		}
	}
	return keywords;
}
