import type {
	ICredentialDataDecryptedObject,
	IHttpRequestHelper,
	IHttpRequestOptions,
} from 'n8n-workflow';

import { assertOwnApiHost } from '../protocol/common/ownApiHost';
import { requestAccessToken } from '../protocol/wechat/accessToken';
import type { PostJson, WeChatAuth } from '../protocol/wechat/accessToken';
import { resolveBaseUrl } from '../protocol/wechat/apiDomains';

/** The API base URL a WeChat Mini Program API credential points at. */
export function weChatBaseUrl(credentials: ICredentialDataDecryptedObject): string {
	return resolveBaseUrl(credentials.apiDomain as string, credentials.customBaseUrl as string);
}

/** How a WeChat Mini Program API credential obtains its access token. */
export function weChatAuthFromCredentials(credentials: ICredentialDataDecryptedObject): WeChatAuth {
	const text = (name: string) => String(credentials[name] ?? '').trim();
	switch (credentials.authMode ?? 'appSecret') {
		case 'authorizerAccessToken':
			return { mode: 'authorizerAccessToken', accessToken: text('authorizerAccessToken') };
		case 'componentRefreshToken':
			return {
				mode: 'componentRefreshToken',
				componentAppId: text('componentAppId'),
				componentAppSecret: text('componentAppSecret'),
				componentVerifyTicket: text('componentVerifyTicket'),
				authorizerAppId: text('appId'),
				authorizerRefreshToken: text('authorizerRefreshToken'),
			};
		default:
			return { mode: 'appSecret', appId: text('appId'), appSecret: text('appSecret') };
	}
}

/**
 * The credential's preAuthentication, which lets it drive n8n's HTTP Request node: one access
 * token for the credential's auth mode, fetched with n8n's own request helper.
 */
export async function accessTokenForHttpRequestNode(
	helper: IHttpRequestHelper,
	credentials: ICredentialDataDecryptedObject,
): Promise<{ accessToken: string }> {
	const baseUrl = weChatBaseUrl(credentials);
	const post: PostJson = async (path, body, query) =>
		(await helper.helpers.httpRequest({
			method: 'POST',
			url: `${baseUrl}${path}`,
			qs: query,
			body,
			json: true,
		})) as Record<string, unknown>;
	const grant = await requestAccessToken(post, weChatAuthFromCredentials(credentials));
	return { accessToken: grant.accessToken };
}

/**
 * The credential's authenticate (also for the HTTP Request node): adds the access token that
 * preAuthentication fetched, only to a request for the credential's own API domain or base URL.
 */
export function signWeChatRequest(
	credentials: ICredentialDataDecryptedObject,
	requestOptions: IHttpRequestOptions,
): IHttpRequestOptions {
	assertOwnApiHost(
		'WeChat Mini Program API',
		'access token',
		weChatBaseUrl(credentials),
		requestOptions,
	);
	const accessToken = String(credentials.accessToken ?? '');
	return { ...requestOptions, qs: { ...(requestOptions.qs ?? {}), access_token: accessToken } };
}
