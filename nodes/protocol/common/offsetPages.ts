export interface OffsetPage<T> {
	items: T[];
	/** The total the service reports, when it does. */
	total?: number;
}

export type FetchOffsetPage<T> = (start: number, limit: number) => Promise<OffsetPage<T>>;

export interface CollectOffsetPagesOptions<T> {
	/** The service's largest page. */
	pageSize: number;
	/** Stop once this many kept items are collected; undefined means all of them. */
	maxResults?: number;
	/** Keep only the items that pass; the others still advance the offset. */
	keep?: (item: T) => boolean;
}

/**
 * Walks a start/limit API with the fewest calls: asks for just the rows still wanted (full pages
 * when filtering or returning all), and stops at the reported total, a short page or an empty one.
 */
export async function collectOffsetPages<T>(
	fetchPage: FetchOffsetPage<T>,
	{ pageSize, maxResults, keep }: CollectOffsetPagesOptions<T>,
): Promise<{ items: T[]; pagesFetched: number }> {
	const items: T[] = [];
	let start = 0;
	let pagesFetched = 0;
	while (maxResults === undefined || items.length < maxResults) {
		const wanted = maxResults === undefined || keep ? pageSize : maxResults - items.length;
		const limit = Math.min(pageSize, wanted);
		const page = await fetchPage(start, limit);
		pagesFetched++;
		for (const item of page.items) {
			if (keep && !keep(item)) continue;
			items.push(item);
			if (maxResults !== undefined && items.length >= maxResults) break;
		}
		start += page.items.length;
		if (page.items.length < limit || (page.total !== undefined && start >= page.total)) break;
	}
	return { items, pagesFetched };
}
