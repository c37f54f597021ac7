export interface CursorPage<T, C> {
	items: T[];
	/** Where the next page starts; undefined when the service says there is no more. */
	next: C | undefined;
}

export type FetchCursorPage<T, C> = (
	cursor: C | undefined,
	pageSize: number,
) => Promise<CursorPage<T, C>>;

/**
 * Follows a cursor (Next, LastMsgKey, Offset) until the service reports the end or `maxResults`
 * items are collected. Throws if a cursor comes back that was already used, which would loop forever.
 */
export async function collectCursorPages<T, C>(
	fetchPage: FetchCursorPage<T, C>,
	options: { pageSize: number; maxResults?: number; what: string },
): Promise<{ items: T[]; pages: number }> {
	const { pageSize, maxResults, what } = options;
	const items: T[] = [];
	const seen = new Set<C>();
	let cursor: C | undefined;
	let pages = 0;
	while (maxResults === undefined || items.length < maxResults) {
		const wanted =
			maxResults === undefined ? pageSize : Math.min(pageSize, maxResults - items.length);
		const page = await fetchPage(cursor, wanted);
		pages++;
		for (const item of page.items) {
			if (maxResults !== undefined && items.length >= maxResults) break;
			items.push(item);
		}
		if (page.next === undefined || page.items.length === 0) break;
		if (page.next === cursor || seen.has(page.next)) {
			throw new Error(
				`Tencent Cloud Chat returned the ${what} cursor "${String(page.next)}" again after ${pages} pages ` +
					`(${items.length} read): stopped instead of looping forever. Try again later.`,
			);
		}
		seen.add(page.next);
		cursor = page.next;
	}
	return { items, pages };
}
