/**
 * The package's one JSON reader. Integers beyond Number.MAX_SAFE_INTEGER (WeChat msgid, MsgID,
 * message_id, Tencent message keys) come back as their exact decimal digits in a string instead
 * of silently rounded numbers.
 */

export interface JsonLimits {
	/** Objects and arrays nested deeper than this make the text unreadable. */
	maxDepth?: number;
}

/** JSON.parse keeping big integers exact. Throws a SyntaxError for malformed or too deeply nested text. */
export function parseJsonKeepingBigIntegers(text: string, limits: JsonLimits = {}): unknown {
	return JSON.parse(quoteUnsafeIntegers(text, limits.maxDepth ?? Infinity));
}

/**
 * An HTTP body (text, Buffer or already parsed) as a JSON object.
 * Its one failure mode: `undefined` when the body is not JSON, is JSON but not an object, or is
 * nested deeper than `limits.maxDepth`. It never throws.
 */
export function readJsonObject(
	body: unknown,
	limits: JsonLimits = {},
): Record<string, unknown> | undefined {
	if (body !== null && typeof body === 'object' && !Buffer.isBuffer(body))
		return body as Record<string, unknown>;
	const text = Buffer.isBuffer(body) ? body.toString('utf8') : String(body ?? '');
	try {
		const parsed = parseJsonKeepingBigIntegers(text, limits);
		if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed))
			return parsed as Record<string, unknown>;
	} catch {
		// not JSON, or too deep
	}
	return undefined;
}

const NUMBER = /-?\d+(\.\d+)?([eE][+-]?\d+)?/y;

/** Wraps unsafe integer literals outside strings in quotes and enforces the depth cap, in one pass. */
function quoteUnsafeIntegers(text: string, maxDepth: number): string {
	let out = '';
	let copiedUpTo = 0;
	let depth = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 0x22 /* " */) {
			i = endOfString(text, i);
		} else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
			if (++depth > maxDepth) throw new SyntaxError(`JSON nested deeper than ${maxDepth}`);
		} else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
			depth--;
		} else if (c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39)) {
			NUMBER.lastIndex = i;
			const match = NUMBER.exec(text);
			if (!match) continue; // a lone '-': JSON.parse reports it
			const literal = match[0];
			const isInteger = match[1] === undefined && match[2] === undefined;
			if (isInteger && literal.length > 15 && !Number.isSafeInteger(Number(literal))) {
				out += `${text.slice(copiedUpTo, i)}"${literal}"`;
				copiedUpTo = i + literal.length;
			}
			i += literal.length - 1;
		}
	}
	return copiedUpTo === 0 ? text : out + text.slice(copiedUpTo);
}

/** Index of the closing quote of the string opening at `start` (or the end: JSON.parse reports it). */
function endOfString(text: string, start: number): number {
	for (let i = start + 1; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 0x5c /* \ */) i++;
		else if (c === 0x22) return i;
	}
	return text.length;
}
