import { reject } from './callbackRejection';

export const JSON_MAX_DEPTH = 16;

/**
 * Parses a JSON object body. Integers beyond 2^53 (WeChat's MsgID, message_id) are kept as their
 * exact digits in a string, since JSON.parse would silently round them. Nesting is capped.
 */
export function readJsonObject(text: string): Record<string, unknown> {
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const safeText = quoteUnsafeIntegers(body);
	let parsed: unknown;
	let parseFailed = false;
	try {
		parsed = JSON.parse(safeText);
	} catch {
		parseFailed = true;
	}
	if (parseFailed) throw reject(400, 'JSON body is malformed');
	if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
		throw reject(400, 'JSON body is not an object');
	}
	return parsed as Record<string, unknown>;
}

/** Wraps unsafe integer literals outside strings in quotes and enforces the depth cap in one pass. */
function quoteUnsafeIntegers(text: string): string {
	let out = '';
	let copiedUpTo = 0;
	let depth = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 0x22 /* " */) {
			i = endOfString(text, i);
		} else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
			if (++depth > JSON_MAX_DEPTH)
				throw reject(400, `JSON body is nested deeper than ${JSON_MAX_DEPTH}`);
		} else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
			depth--;
		} else if (c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39)) {
			let end = i + 1;
			while (end < text.length && /[0-9eE.+-]/.test(text[end])) end++;
			const literal = text.slice(i, end);
			if (/^-?\d{16,}$/.test(literal) && !Number.isSafeInteger(Number(literal))) {
				out += `${text.slice(copiedUpTo, i)}"${literal}"`;
				copiedUpTo = end;
			}
			i = end - 1;
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
