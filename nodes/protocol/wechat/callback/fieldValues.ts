/**
 * The one rule for the type of every field of every event, known or not, XML or JSON. A field's
 * type follows its name and its event, never its value:
 * - a field numericFields.ts lists for the event is a number (from XML text or a JSON string of an
 *   integer; integers beyond 2^53, and text that is no integer at all, stay as sent);
 * - an identifier is a string, even when JSON sent a number: names ending in `_id`, `Id` or `ID`,
 *   in `appid`, `openid`, `unionid`, `msgid`, or naming an order or phone number or a key
 *   (`_no`, `No`, `number`, `Number`, `Key`). Several exceed 2^53;
 * - everything else keeps what it was sent as: XML text stays text, JSON keeps its type.
 */
export function decodeFieldValue(
	name: string,
	value: unknown,
	numericNames: ReadonlySet<string>,
): unknown {
	if (numericNames.has(name)) return typeof value === 'string' ? integerOrText(value) : value;
	if (isIdentifier(name)) return typeof value === 'number' ? String(value) : value;
	return value;
}

function isIdentifier(name: string): boolean {
	return (
		/(^|_)id$/i.test(name) ||
		/[a-z0-9](Id|ID)$/.test(name) ||
		/(app|open|union|msg)id$/i.test(name) ||
		/(_no|[a-z]No|(^|_)number|[a-z]Number|[a-z]Key)$/.test(name)
	);
}

function integerOrText(value: string): unknown {
	const trimmed = value.trim();
	if (!/^-?\d{1,16}$/.test(trimmed)) return value;
	const number = Number(trimmed);
	return Number.isSafeInteger(number) ? number : value;
}
