/** Meanings of the WeChat server API codes this package meets, in words a user can act on. */
const MEANINGS: Record<number, string> = {
	[-1]: 'WeChat system busy; the request may or may not have been carried out',
	40001:
		'access token invalid or not the latest; check the App Secret, or another system refreshed the token',
	40002: 'invalid grant type',
	40003: 'invalid openid',
	40013: 'invalid App ID: check the App ID in the credential',
	40014: 'access token malformed',
	40037: 'invalid template_id',
	40125: 'invalid App Secret: check the App Secret in the credential',
	40164: "this server's IP address is not on the Mini Program's API IP allowlist",
	40243: 'App Secret frozen: unfreeze it in the Mini Program admin console',
	41001: 'access token missing',
	41002: 'App ID missing',
	41004: 'App Secret missing',
	41030: 'invalid page: the page does not exist in the published Mini Program',
	42001: 'access token expired',
	43101: 'the user has not subscribed to this template, or refused it',
	43107: 'the user refused long-term subscription messages',
	44002: 'empty request body',
	45009:
		"this API's daily quota is used up, so nothing was carried out and it is not retried today: the quota resets at midnight (Beijing time), or an administrator can reset it (clear_quota, a few times a month)",
	45011: 'API called too often: slow down',
	45035:
		'the credential is not allowed to force-refresh the token now (limit 20 a day, 30 s apart)',
	47001: 'request body is not valid JSON or misses a field',
	47003: 'an argument is invalid (for subscription messages: a data value breaks its keyword rule)',
	48001: 'this API is not authorised for the Mini Program (missing permission or category)',
	50001: 'this API is not authorised for the Mini Program',
	61003: 'the component is not authorised by this authorizer',
	61004: "this server's IP address is not on the third-party platform's allowlist",
	61005: 'component_verify_ticket expired: paste the latest ticket',
	61006: 'component_verify_ticket invalid: paste the latest ticket',
	61023: 'authorizer_refresh_token invalid: the merchant must authorise the platform again',
	200011: 'this Mini Program has no live broadcast permission',
	200014: 'the template does not exist or is not in your template list',
	300001: 'this Mini Program has no live broadcast permission',
	300036: 'the live room does not exist',
	9410000: 'the live room list is empty',
};

export function describeWeChatErrcode(errcode: number): string {
	return MEANINGS[errcode] ?? 'see the WeChat error code reference';
}
