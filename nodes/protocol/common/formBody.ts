export type FormValue = string | number | readonly (string | number)[];

/** application/x-www-form-urlencoded text; arrays repeat their key (kidList=1&kidList=2). */
export function encodeForm(fields: Record<string, FormValue | undefined>): string {
	const pairs: string[] = [];
	for (const [key, value] of Object.entries(fields)) {
		if (value === undefined) continue;
		for (const item of Array.isArray(value) ? value : [value]) {
			pairs.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(item))}`);
		}
	}
	return pairs.join('&');
}
