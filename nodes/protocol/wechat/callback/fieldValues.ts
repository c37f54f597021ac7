/**
 * The one rule for the type of every field of every event, known or not, XML or JSON:
 * - identifiers stay strings (a JSON number becomes its digits): names ending in `_id`, `Id` or
 *   `ID`, or in `appid`, `openid`, `unionid`, `msgid`. Several exceed 2^53 and their type must not
 *   depend on their value.
 * - any other integer written without a leading zero becomes a number when it is a safe integer;
 *   larger ones stay exact strings (the JSON reader already keeps them as strings).
 * - everything else is left as sent.
 * XML cannot tell "5" from 5, so JSON strings of digits follow the same rule as XML text.
 */
export function decodeFieldValue(name: string, value: unknown): unknown {
	if (isIdentifier(name)) return typeof value === 'number' ? String(value) : value;
	return typeof value === 'string' ? integerOrText(value) : value;
}

/** WeChat documents these `_id` fields as numbers (live room ids are small integers). */
const NUMERIC_IDS: ReadonlySet<string> = new Set(['room_id']);

function isIdentifier(name: string): boolean {
	if (NUMERIC_IDS.has(name)) return false;
	return (
		/(^|_)id$/i.test(name) || /[a-z0-9](Id|ID)$/.test(name) || /(app|open|union|msg)id$/i.test(name)
	);
}

function integerOrText(value: string): unknown {
	const trimmed = value.trim();
	if (!/^(0|-?[1-9]\d{0,15})$/.test(trimmed)) return value;
	const number = Number(trimmed);
	return Number.isSafeInteger(number) ? number : value;
}
