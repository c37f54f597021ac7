/**
 * When a URL Scheme or URL Link stops working. Since 2023 WeChat only makes links that expire,
 * at most 30 days after they are made: either at a moment (expire_type 0, expire_time in unix
 * seconds) or after a number of days (expire_type 1, expire_interval).
 */

export const MAX_LINK_DAYS = 30;
const DAY_SECONDS = 24 * 60 * 60;

export type LinkExpiry = { after: 'time'; at: number } | { after: 'days'; days: number };

export interface ExpiryFields {
	expire_type: 0 | 1;
	expire_time?: number;
	expire_interval?: number;
}

/** The body fields of an expiry, or the rule it breaks, checked against `nowSeconds`. */
export function expiryFields(expiry: LinkExpiry, nowSeconds: number): ExpiryFields | string {
	if (expiry.after === 'days') {
		const { days } = expiry;
		if (!Number.isInteger(days) || days < 1 || days > MAX_LINK_DAYS)
			return `Expire After Days is ${days}; WeChat takes a whole number of days from 1 to ${MAX_LINK_DAYS}`;
		return { expire_type: 1, expire_interval: days };
	}
	const { at } = expiry;
	if (!Number.isFinite(at)) return 'Expire At is not a date and time';
	if (at <= nowSeconds)
		return `Expire At (${isoSeconds(at)}) is not in the future (now ${isoSeconds(nowSeconds)})`;
	const latest = nowSeconds + MAX_LINK_DAYS * DAY_SECONDS;
	if (at > latest)
		return `Expire At (${isoSeconds(at)}) is more than ${MAX_LINK_DAYS} days ahead; WeChat takes at most ${isoSeconds(latest)}`;
	return { expire_type: 0, expire_time: Math.floor(at) };
}

function isoSeconds(seconds: number): string {
	return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}

/** A link's query: at most 1024 characters of these (URL Scheme, URL Link, NFC scheme). */
export const MAX_LINK_QUERY_LENGTH = 1024;
const QUERY_CHARACTERS = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~%]*$/;

export function linkQueryProblem(query: string): string | undefined {
	if (query.length > MAX_LINK_QUERY_LENGTH)
		return `Query is ${query.length} characters; WeChat takes at most ${MAX_LINK_QUERY_LENGTH}`;
	if (!QUERY_CHARACTERS.test(query)) {
		const bad = [...query].find((character) => !QUERY_CHARACTERS.test(character));
		return `Query holds "${bad}": WeChat takes only digits, letters and !#$&'()*+,/:;=?@-._~% (URL-encode the rest)`;
	}
	return undefined;
}

/** A link's page: a path of the Mini Program without a query (the query is its own field). */
export function linkPathProblem(path: string): string | undefined {
	if (path.includes('?')) return `Path "${path}" carries a query: put it in Query instead`;
	return undefined;
}
