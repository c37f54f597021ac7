import { WeChatApiError } from './apiError';

/** POSTs a JSON body to `${baseUrl}${path}` (with optional query) and resolves the parsed JSON answer. */
export type PostJson = (
	path: string,
	body: Record<string, unknown>,
	query?: Record<string, string>,
) => Promise<Record<string, unknown>>;

export interface AccessTokenGrant {
	accessToken: string;
	expiresInSeconds: number;
}

export type WeChatAuth =
	| { mode: 'appSecret'; appId: string; appSecret: string }
	| { mode: 'authorizerAccessToken'; accessToken: string }
	| {
			mode: 'componentRefreshToken';
			componentAppId: string;
			componentAppSecret: string;
			componentVerifyTicket: string;
			authorizerAppId: string;
			authorizerRefreshToken: string;
	  };

/**
 * Obtains an access token for the auth mode.
 * App-secret mode uses /cgi-bin/stable_token: unlike /cgi-bin/token it hands every caller
 * the same valid token, so several n8n workers sharing one App ID never invalidate each other.
 * `forceRefresh` asks WeChat to retire the current token (limited to 20 a day, 30 s apart).
 */
export async function requestAccessToken(
	post: PostJson,
	auth: WeChatAuth,
	forceRefresh = false,
): Promise<AccessTokenGrant> {
	switch (auth.mode) {
		case 'appSecret':
			return await requestStableToken(post, auth.appId, auth.appSecret, forceRefresh);
		case 'authorizerAccessToken':
			if (!auth.accessToken) throw new Error('The credential has no Authorizer Access Token');
			// A token handed to us cannot be renewed here; its owner refreshes it.
			return { accessToken: auth.accessToken, expiresInSeconds: 7200 };
		case 'componentRefreshToken':
			return await requestAuthorizerToken(post, auth);
	}
}

async function requestStableToken(
	post: PostJson,
	appId: string,
	appSecret: string,
	forceRefresh: boolean,
): Promise<AccessTokenGrant> {
	if (!appId || !appSecret)
		throw new Error('The credential needs both an App ID and an App Secret');
	const answer = await post('/cgi-bin/stable_token', {
		grant_type: 'client_credential',
		appid: appId,
		secret: appSecret,
		force_refresh: forceRefresh,
	});
	return readGrant(answer, 'access_token', '/cgi-bin/stable_token');
}

async function requestAuthorizerToken(
	post: PostJson,
	auth: Extract<WeChatAuth, { mode: 'componentRefreshToken' }>,
): Promise<AccessTokenGrant> {
	const componentAnswer = await post('/cgi-bin/component/api_component_token', {
		component_appid: auth.componentAppId,
		component_appsecret: auth.componentAppSecret,
		component_verify_ticket: auth.componentVerifyTicket,
	});
	const component = readGrant(
		componentAnswer,
		'component_access_token',
		'/cgi-bin/component/api_component_token',
	);
	const authorizerAnswer = await post(
		'/cgi-bin/component/api_authorizer_token',
		{
			component_appid: auth.componentAppId,
			authorizer_appid: auth.authorizerAppId,
			authorizer_refresh_token: auth.authorizerRefreshToken,
		},
		{ component_access_token: component.accessToken },
	);
	return readGrant(
		authorizerAnswer,
		'authorizer_access_token',
		'/cgi-bin/component/api_authorizer_token',
	);
}

function readGrant(
	answer: Record<string, unknown>,
	tokenField: string,
	endpoint: string,
): AccessTokenGrant {
	const errcode = Number(answer.errcode ?? 0);
	if (errcode !== 0) throw new WeChatApiError(errcode, String(answer.errmsg ?? ''), endpoint);
	const token = answer[tokenField];
	if (typeof token !== 'string' || token === '') {
		throw new Error(`WeChat ${endpoint} answered without a ${tokenField}`);
	}
	const expiresIn = Number(answer.expires_in);
	return {
		accessToken: token,
		expiresInSeconds: Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : 7200,
	};
}
