/**
 * WeChat's live broadcast APIs measure names in "characters" where one Chinese character counts as
 * two ("1个汉字相当于2个字符"). Any character outside ASCII is counted as two: WeChat's own check
 * treats full-width punctuation and emoji the same way.
 */
export function weChatTextWidth(text: string): number {
	let width = 0;
	for (const character of text) width += character.codePointAt(0)! > 0x7f ? 2 : 1;
	return width;
}

export interface WidthRule {
	label: string;
	/** In Chinese characters, as WeChat's documents give it. */
	minChinese: number;
	maxChinese: number;
}

/** The problem with `text` under `rule`, or undefined when it passes. */
export function widthProblem(text: string, rule: WidthRule): string | undefined {
	const width = weChatTextWidth(text);
	const min = rule.minChinese * 2;
	const max = rule.maxChinese * 2;
	if (width >= min && width <= max) return undefined;
	return (
		`${rule.label} "${text}" is ${width} characters wide; WeChat takes ${min} to ${max} ` +
		`(${rule.minChinese} to ${rule.maxChinese} Chinese characters, each counting as 2)`
	);
}
