import type { PostJson } from '../accessToken';
import { WeChatApiError } from '../apiError';

/** Meanings of the component (third-party platform) codes, in words a service provider can act on. */
export const COMPONENT_ERRCODES: Record<number, string> = {
	40001:
		'component_access_token invalid or not the latest (another system may have fetched a new one)',
	40013: 'invalid component App ID: check the Third-Party Platform credential',
	40125: 'invalid component App Secret: check the Third-Party Platform credential',
	42001: 'component_access_token expired',
	45009:
		'daily quota of this token endpoint reached: the platform asked for tokens too often today (reset it in the open platform console or wait until tomorrow)',
	61003:
		'the merchant has not authorised this platform (or revoked the authorisation): they must authorise it again',
	61004:
		"this server's IP address is not on the platform's IP allowlist (open platform console > Development Settings)",
	61005:
		'component_verify_ticket expired: no ticket arrived in the last 12 hours; check that the ticket workflow is active and the authorization-event URL points at it',
	61006:
		'component_verify_ticket invalid: check that the ticket workflow stores the tickets WeChat pushes',
	61010:
		'the authorization code has expired or was already used: the merchant must authorise again',
	61023:
		'authorizer_refresh_token invalid: the merchant revoked the authorisation or must authorise the platform again',
};

export interface PlatformIdentity {
	componentAppId: string;
	componentAppSecret: string;
}

export interface Grant {
	token: string;
	expiresInSeconds: number;
}

const COMPONENT_API = '/cgi-bin/component';
export const COMPONENT_GRANT_ENDPOINT = `${COMPONENT_API}/api_component_token`;
export const AUTHORIZER_GRANT_ENDPOINT = `${COMPONENT_API}/api_authorizer_token`;

export async function fetchComponentToken(
	post: PostJson,
	platform: PlatformIdentity,
	verifyTicket: string,
): Promise<Grant> {
	const answer = await post(COMPONENT_GRANT_ENDPOINT, {
		component_appid: platform.componentAppId,
		component_appsecret: platform.componentAppSecret,
		component_verify_ticket: verifyTicket,
	});
	return readGrant(answer, 'component_access_token', COMPONENT_GRANT_ENDPOINT);
}

export interface AuthorizerGrant extends Grant {
	/** WeChat may hand out a new refresh token; it then replaces the stored one. */
	refreshToken?: string;
}

export async function fetchAuthorizerToken(
	post: PostJson,
	componentAppId: string,
	componentToken: string,
	authorizerAppId: string,
	refreshToken: string,
): Promise<AuthorizerGrant> {
	const answer = await post(
		AUTHORIZER_GRANT_ENDPOINT,
		{
			component_appid: componentAppId,
			authorizer_appid: authorizerAppId,
			authorizer_refresh_token: refreshToken,
		},
		{ component_access_token: componentToken },
	);
	const grant = readGrant(answer, 'authorizer_access_token', AUTHORIZER_GRANT_ENDPOINT);
	const fresh = answer.authorizer_refresh_token;
	return typeof fresh === 'string' && fresh !== '' ? { ...grant, refreshToken: fresh } : grant;
}

export function readGrant(
	answer: Record<string, unknown>,
	tokenField: string,
	endpoint: string,
): Grant {
	const errcode = Number(answer.errcode ?? 0);
	if (errcode !== 0)
		throw new WeChatApiError(errcode, String(answer.errmsg ?? ''), endpoint, COMPONENT_ERRCODES);
	const token = answer[tokenField];
	if (typeof token !== 'string' || token === '')
		throw new Error(`WeChat ${endpoint} answered without a ${tokenField}`);
	const expiresIn = Number(answer.expires_in);
	return {
		token,
		expiresInSeconds: Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : 7200,
	};
}
