/**
 * JSON.parse, except that integers beyond Number.MAX_SAFE_INTEGER (WeChat msgid, message ids)
 * come back as decimal strings instead of silently rounded numbers.
 */
export function parseJsonKeepingBigIntegers(text: string): unknown {
	return JSON.parse(quoteUnsafeIntegers(text));
}

function quoteUnsafeIntegers(text: string): string {
	let out = '';
	let copiedUpTo = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (inString) {
			if (char === '\\') i++;
			else if (char === '"') inString = false;
			continue;
		}
		if (char === '"') {
			inString = true;
			continue;
		}
		if (char !== '-' && (char < '0' || char > '9')) continue;
		let end = i + 1;
		while (end < text.length && text[end] >= '0' && text[end] <= '9') end++;
		const isFraction = text[end] === '.' || text[end] === 'e' || text[end] === 'E';
		const literal = text.slice(i, end);
		if (
			!isFraction &&
			literal.replace('-', '').length > 15 &&
			!Number.isSafeInteger(Number(literal))
		) {
			out += `${text.slice(copiedUpTo, i)}"${literal}"`;
			copiedUpTo = end;
		}
		i = end - 1;
	}
	return copiedUpTo === 0 ? text : out + text.slice(copiedUpTo);
}

/** An HTTP answer body (text, Buffer or already parsed) as a JSON object, or undefined if it is not one. */
export function readJsonObject(body: unknown): Record<string, unknown> | undefined {
	if (body !== null && typeof body === 'object' && !Buffer.isBuffer(body))
		return body as Record<string, unknown>;
	const text = Buffer.isBuffer(body) ? body.toString('utf8') : String(body ?? '');
	try {
		const parsed = parseJsonKeepingBigIntegers(text);
		if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed))
			return parsed as Record<string, unknown>;
	} catch {
		// not JSON
	}
	return undefined;
}
