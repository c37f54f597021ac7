/**
 * WeChat's content rules for subscription message keyword values, by keyword type (the part of
 * "thing1" before its number). A value breaking them is answered errcode 47003, so they are checked
 * before sending. Types WeChat adds later are passed through unchecked.
 */

const HAN = /\p{Script=Han}/u;
const CONTROL = /\p{Cc}/u;

const TIME_OF_DAY = String.raw`(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?`;
const DATE =
	String.raw`(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}年\d{1,2}月|\d{1,2}月\d{1,2}日` +
	String.raw`|\d{4}([-/.])\d{1,2}\1\d{1,2}|\d{4}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2})`;
const TIME_POINT = new RegExp(String.raw`^(?:${DATE}\s+)?${TIME_OF_DAY}$`);
const DATE_POINT = new RegExp(String.raw`^${DATE}(?:\s+${TIME_OF_DAY})?$`);

type Check = (value: string, length: number) => string | undefined;

const within =
	(max: number, what: string, pattern: RegExp): Check =>
	(value, length) => {
		if (!pattern.test(value)) return what;
		if (length > max) return `at most ${max} characters (got ${length})`;
		return undefined;
	};

/** One point ("15:01", "2019年10月1日 15:01") or a range of two joined by "~". */
const pointOrRange =
	(point: RegExp, what: string): Check =>
	(value) => {
		const points = value.split(/\s*[~～]\s*/);
		if (points.length > 2 || !points.every((part) => point.test(part.trim()))) return what;
		return undefined;
	};

const RULES: Record<string, Check> = {
	thing: within(20, 'any text without line breaks', /^[^\p{Cc}]+$/u),
	number: within(
		32,
		'digits only, optionally with one decimal point (e.g. 3.14)',
		/^\d+(?:\.\d+)?$/,
	),
	letter: within(32, 'letters A-Z / a-z only', /^[A-Za-z]+$/),
	symbol: within(
		5,
		'symbols only (no letters, digits or Chinese characters)',
		/^[^\p{L}\p{N}\p{Cc}]+$/u,
	),
	character_string: within(
		32,
		'letters, digits and symbols only (no Chinese characters)',
		/^[^\p{Script=Han}\p{Cc}]+$/u,
	),
	time: pointOrRange(
		TIME_POINT,
		'a 24-hour time such as 15:01, optionally after a date (2019年10月1日 15:01), or two joined by "~"',
	),
	date: pointOrRange(
		DATE_POINT,
		'a date such as 2019年10月1日 or 2019-10-01, optionally with a 24-hour time, or two joined by "~"',
	),
	// The digit count, not the length, is limited: decimals, the symbol and 元 come on top.
	amount: within(
		Infinity,
		'an amount: at most 10 digits with optional decimals, an optional currency symbol before and "元" after (e.g. ¥12.50)',
		/^\p{Sc}?\d{1,10}(?:\.\d+)?元?$/u,
	),
	phone_number: within(
		17,
		'digits and symbols only (e.g. +86-0766-66888866)',
		/^(?=.*\d)[^\p{L}\p{Cc}]+$/u,
	),
	car_number: within(
		8,
		'a plate number: letters and digits, the first and last may be a Chinese character (e.g. 粤A8Z888挂)',
		/^[\p{Script=Han}A-Za-z0-9](?:[A-Za-z0-9]*[\p{Script=Han}A-Za-z0-9])?$/u,
	),
	name: checkName,
	phrase: within(5, 'Chinese characters only (e.g. 配送中)', /^\p{Script=Han}+$/u),
};

/** The keyword type of a template keyword: "thing1" -> "thing", "character_string12" -> "character_string". */
export function keywordType(keyword: string): string {
	return keyword.replace(/\d+$/, '');
}

/**
 * What is wrong with `value` for `keyword`, or undefined when WeChat should accept it.
 * `enumValues` are the allowed values of an enum keyword, when the template lists them.
 */
export function checkKeywordValue(
	keyword: string,
	value: string,
	enumValues?: readonly string[],
): string | undefined {
	if (value.trim() === '') return 'must not be empty';
	const type = keywordType(keyword);
	if (type === 'enum' && enumValues?.length) {
		return enumValues.includes(value) ? undefined : `must be one of: ${enumValues.join(', ')}`;
	}
	return RULES[type]?.(value, [...value].length);
}

export function isKnownKeywordType(type: string): boolean {
	return type in RULES || type === 'enum';
}

/** Up to 10 Chinese characters (mixed Chinese and letters count as Chinese), or up to 20 letters and symbols. */
function checkName(value: string, length: number): string | undefined {
	if (CONTROL.test(value) || /\p{N}/u.test(value))
		return 'a name: letters, Chinese characters and symbols only, no digits';
	const max = HAN.test(value) ? 10 : 20;
	if (length > max)
		return `at most ${max} characters for ${max === 10 ? 'a Chinese' : 'a Latin-letter'} name (got ${length})`;
	return undefined;
}
