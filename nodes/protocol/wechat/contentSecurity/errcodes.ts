/** Codes of the content security 2.0 APIs, in words. */
export const CONTENT_SECURITY_ERRCODES: Record<number, string> = {
	40003:
		'the openid is not a user of this Mini Program, or the user has not opened the Mini Program in the last 2 hours (WeChat checks only recent users)',
	40129: 'the scene is not 1 (profile), 2 (comment), 3 (forum) or 4 (social log)',
	43104: 'the openid belongs to another App ID',
	44002: 'the text or media URL is empty',
	47001: 'a parameter has the wrong format (version must be 2)',
};
