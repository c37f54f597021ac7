import { collectOffsetPages } from '../../common/offsetPages';

/** api_get_authorizer_list hands out at most 500 authorizers a page. */
export const AUTHORIZER_PAGE_SIZE = 500;

export interface AuthorizerSummary {
	authorizerAppId: string;
	authTime?: number;
}

export type ListPage = (offset: number, count: number) => Promise<Record<string, unknown>>;

/**
 * The authorizers, page by page, up to maxResults (all of them without it): the last page asks
 * for only what is still wanted. The list also carries each merchant's refresh token, which is
 * dropped here: it never reaches an output item.
 */
export async function allAuthorizers(
	listPage: ListPage,
	maxResults?: number,
): Promise<AuthorizerSummary[]> {
	const { items } = await collectOffsetPages(
		async (offset, count) => {
			const answer = await listPage(offset, count);
			const list = Array.isArray(answer.list) ? (answer.list as Record<string, unknown>[]) : [];
			return { items: list.map(summaryOf), total: Number(answer.total_count ?? 0) };
		},
		{ pageSize: AUTHORIZER_PAGE_SIZE, maxResults },
	);
	return items;
}

function summaryOf(entry: Record<string, unknown>): AuthorizerSummary {
	const authTime = Number(entry.auth_time);
	return {
		authorizerAppId: String(entry.authorizer_appid ?? ''),
		...(Number.isFinite(authTime) ? { authTime } : {}),
	};
}

/** api_get_authorizer_info and api_query_auth answers, without the refresh and access tokens. */
export function withoutAuthorizerSecrets(answer: Record<string, unknown>): Record<string, unknown> {
	const rest = Object.fromEntries(
		Object.entries(answer).filter(([key]) => !STATUS_FIELDS.has(key)),
	);
	const scrub = (value: unknown): unknown => {
		if (Array.isArray(value)) return value.map(scrub);
		if (value === null || typeof value !== 'object') return value;
		return Object.fromEntries(
			Object.entries(value as Record<string, unknown>)
				.filter(([key]) => !SECRET_FIELD.test(key))
				.map(([key, inner]) => [key, scrub(inner)]),
		);
	};
	return scrub(rest) as Record<string, unknown>;
}

/** WeChat's status pair, which says nothing about the authorizer. */
const STATUS_FIELDS = new Set(['errcode', 'errmsg']);

/**
 * authorizer_refresh_token, authorizer_access_token, refresh_token, component_access_token and
 * any token field WeChat adds later: no field named for a token reaches an output item.
 */
const SECRET_FIELD = /token/i;

/** The function-scope ids (func_info) an authorization grants. */
export function grantedScopes(authorizationInfo: Record<string, unknown>): number[] {
	const info = authorizationInfo.func_info;
	if (!Array.isArray(info)) return [];
	return info
		.map((entry) =>
			Number((entry as { funcscope_category?: { id?: unknown } }).funcscope_category?.id),
		)
		.filter((id) => Number.isFinite(id));
}
