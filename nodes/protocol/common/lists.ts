/** A list typed as text (commas, semicolons, spaces, new lines) or given as an array by an expression. */
export function splitList(value: unknown): unknown[] {
	if (Array.isArray(value)) return value;
	return String(value ?? '').split(/[\s,;]+/);
}

/** Drops empty and repeated values (openids, UserIDs, message keys), keeping first-seen order. */
export function uniqueValues(values: Iterable<unknown>): string[] {
	const seen = new Set<string>();
	for (const value of values) {
		const text = String(value ?? '').trim();
		if (text) seen.add(text);
	}
	return [...seen];
}
