/** A list typed as text (commas, semicolons, spaces, new lines) or given as an array by an expression. */
export function splitList(value: unknown): unknown[] {
	if (Array.isArray(value)) return value;
	return String(value ?? '').split(/[\s,;]+/);
}

/** One value of a list (an openid, a UserID, a message key) as sent: trimmed text, '' for none. */
export function listValue(value: unknown): string {
	return String(value ?? '').trim();
}

/** Drops empty and repeated values (openids, UserIDs, message keys), keeping first-seen order. */
export function uniqueValues(values: Iterable<unknown>): string[] {
	const seen = new Set<string>();
	for (const value of values) {
		const text = listValue(value);
		if (text) seen.add(text);
	}
	return [...seen];
}
