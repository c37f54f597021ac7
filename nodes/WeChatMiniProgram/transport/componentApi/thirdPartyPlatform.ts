/**
 * The WeChat component (third-party platform) API the Third-Party Platform operations call, each a
 * POST with the component_access_token (the token chain renews it once when refused). Component
 * APIs are reads or one-shot exchanges WeChat refuses a second time, so the poster retries
 * transient failures. The token grants themselves live in protocol/wechat/component/componentApi.
 */

type Answer = Record<string, unknown>;

/** What these calls need of an opened platform (transport's openPlatform gives it). */
export interface ComponentCaller {
	componentAppId: string;
	callComponent(path: string, body: Answer): Promise<Answer>;
}

const COMPONENT_API = '/cgi-bin/component';
export const QUERY_AUTH_PATH = `${COMPONENT_API}/api_query_auth`;

/** An authorizer's account info and the scopes it granted (api_get_authorizer_info). */
export async function getAuthorizerInfo(
	platform: ComponentCaller,
	authorizerAppId: string,
): Promise<Answer> {
	return await platform.callComponent(`${COMPONENT_API}/api_get_authorizer_info`, {
		component_appid: platform.componentAppId,
		authorizer_appid: authorizerAppId,
	});
}

/** One page of the merchants that authorized the platform (api_get_authorizer_list, at most 500). */
export async function getAuthorizerListPage(
	platform: ComponentCaller,
	offset: number,
	count: number,
): Promise<Answer> {
	return await platform.callComponent(`${COMPONENT_API}/api_get_authorizer_list`, {
		component_appid: platform.componentAppId,
		offset,
		count,
	});
}

/**
 * Exchanges an authorization code (single use, 10 minutes) for the authorizer's refresh token and
 * first access token; resolves authorization_info.
 */
export async function queryAuth(
	platform: ComponentCaller,
	authorizationCode: string,
): Promise<Answer> {
	const answer = await platform.callComponent(QUERY_AUTH_PATH, {
		component_appid: platform.componentAppId,
		authorization_code: authorizationCode,
	});
	return (answer.authorization_info ?? {}) as Answer;
}
