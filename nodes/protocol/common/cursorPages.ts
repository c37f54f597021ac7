export interface CursorPage<T, C> {
	items: T[];
	/** Where the next page starts; undefined when the service says there is no more. */
	next: C | undefined;
}

export type FetchCursorPage<T, C> = (
	cursor: C | undefined,
	pageSize: number,
) => Promise<CursorPage<T, C>>;

export interface CollectCursorPagesOptions<T, C> {
	/** The service's largest page. */
	pageSize: number;
	/** Stop once this many kept items are collected; undefined means all of them. */
	maxResults?: number;
	/** Keep only the items that pass (full pages are then asked for). */
	keep?: (item: T) => boolean;
	/** Whether a page shorter than asked for is the last one (get_wxa_followers). */
	endsOnShortPage?: boolean;
	/** Names the walk in the error for a cursor that comes back: "WeChat", "page_break 10", "followers". */
	service: string;
	cursorName: (cursor: C) => string;
	itemsName?: string;
}

/**
 * Follows a cursor (page_break, Next, LastMsgKey, Offset) with the fewest calls until the service
 * reports the end or `maxResults` items are kept. Throws if a cursor comes back that was already
 * used, which would otherwise loop forever.
 */
export async function collectCursorPages<T, C>(
	fetchPage: FetchCursorPage<T, C>,
	options: CollectCursorPagesOptions<T, C>,
): Promise<{ items: T[]; pages: number }> {
	const { pageSize, maxResults, keep } = options;
	const items: T[] = [];
	const seen = new Set<C>();
	let cursor: C | undefined;
	let pages = 0;
	while (maxResults === undefined || items.length < maxResults) {
		const wanted =
			maxResults === undefined || keep ? pageSize : Math.min(pageSize, maxResults - items.length);
		const page = await fetchPage(cursor, wanted);
		pages++;
		for (const item of page.items) {
			if (maxResults !== undefined && items.length >= maxResults) break;
			if (keep && !keep(item)) continue;
			items.push(item);
		}
		const lastPage =
			page.next === undefined ||
			page.items.length === 0 ||
			(options.endsOnShortPage === true && page.items.length < wanted);
		if (lastPage) break;
		if (page.next === cursor || seen.has(page.next!)) {
			const read = options.itemsName ? `${items.length} ${options.itemsName}` : `${items.length}`;
			throw new Error(
				`${options.service} returned ${options.cursorName(page.next!)} again after ${pages} pages ` +
					`(${read} read): stopped instead of looping forever. Try again later.`,
			);
		}
		seen.add(page.next!);
		cursor = page.next;
	}
	return { items, pages };
}
