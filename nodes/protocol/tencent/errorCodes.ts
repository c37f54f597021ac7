const REGION_HINT =
	'If the SDKAppID was created in another region, it belongs to that region: pick the region where it was created in the credential.';

/** Meanings of Tencent Cloud Chat REST error codes: the general ones and the official-account ones. */
export const TENCENT_CHAT_ERROR_MEANINGS: Readonly<Record<number, string>> = {
	6017: 'Invalid request parameter; correct the request and retry',
	10002: 'Internal server error; retry',
	10004: 'Internal server error; retry',
	20001: 'Invalid request packet; correct the request and retry',
	20005: 'Internal server error; retry',
	60002: 'HTTP parsing error: check the request URL format',
	60003: 'The request body is not valid JSON',
	60004: 'The account or signature in the request URL or body is incorrect',
	60005: 'The account or signature in the request URL or body is incorrect',
	60006: `The SDKAppID is not available (disabled, or not found on this domain). ${REGION_HINT}`,
	60007: 'REST API calls too frequent (rate limit); slow down',
	60008: 'Service request timed out or the HTTP request format is incorrect; retry',
	60009: 'Requested resource error: check the request URL',
	60010: 'The request needs app administrator permissions',
	60011: 'SDKAppID call frequency above the limit (rate limit); slow down',
	60012: 'The REST call needs an SDKAppID: check sdkappid in the URL',
	60017: 'Invalid request parameter; correct the request and retry',
	60018: 'Request rate above the limit (rate limit); slow down',
	60019: 'Request rate above the limit for this API (rate limit); slow down',
	60020:
		'This feature is not included in the Chat edition of this SDKAppID: upgrade the plan or enable it in the console',
	70001: 'UserSig expired: generate a new one',
	70002: 'UserSig is empty',
	70003: 'Invalid UserSig (could not be decoded): check the Secret Key and the SDKAppID',
	70005: 'Invalid UserSig (verification failed): check the Secret Key',
	70009: 'UserSig verification failed: the Secret Key does not match this SDKAppID',
	70013: 'The identifier in the request does not match the UserSig: check the Admin Identifier',
	70014: `The SDKAppID in the request does not match the UserSig. ${REGION_HINT}`,
	70016: `No key found for this SDKAppID: check the SDKAppID and Secret Key. ${REGION_HINT}`,
	70020: `SDKAppID not found. ${REGION_HINT}`,
	70052: 'UserSig has been invalidated: generate a new one',
	70107:
		'The account does not exist (was never imported): import it first, or check the Admin Identifier',
	70169: 'Internal timeout at Tencent; retry later',
	70202: 'Service temporarily unavailable; retry later',
	70398: 'Account limit of the Free edition reached: upgrade the plan or delete accounts',
	70402:
		'Invalid parameter: check that the UserID, nickname and avatar URL are set and well formed',
	70403: 'The request needs app administrator permissions',
	70500: 'Internal server error; retry',
	90001: 'The push body is not valid JSON',
	90005: 'The push body lacks MsgRandom, or it is not an integer',
	90009:
		'The request needs app administrator permissions: the Admin Identifier must be an app administrator',
	90018: 'Too many accounts in the request',
	90020: 'A tag is longer than 50 bytes',
	90022: 'The same tag is in both the Any Tag and All Tags conditions',
	90024:
		'Pushes too frequent: two pushes to all or tagged users must be more than 1 second apart (nothing was pushed)',
	90026: 'Invalid offline storage time of the push',
	90032: 'More than 10 tags in a push condition',
	90033: 'Invalid attribute in a push condition',
	90039: 'Attribute and tag conditions cannot be combined in one push',
	90040: 'A tag in a push condition is empty',
	90045:
		'Pushing to all or tagged users is not enabled for this SDKAppID: enable the Push service in the console',
	90047:
		"Today's push ration is used up (100 pushes a day on the standard plan; nothing was pushed)",
	90056: 'The push body is larger than 10 KB',
	91000: 'Internal service error; retry',
	130002: 'Insufficient operation permissions: check the request parameters',
	130004: 'The official account does not exist, or existed and has been terminated',
	130006:
		'The official account has reached its maximum number of subscribers: buy or upgrade a package, then raise MaxSubscriberNum with "Update"',
	130007: 'Incorrect official account ID',
	130008: 'The official account ID is already in use',
	130010:
		'The subscriber has joined the maximum number of official accounts: unsubscribe from some first',
	131000: 'The official account service is not enabled for this SDKAppID',
};

/**
 * Rejections for call frequency: the request was refused before it was acted on, so resending is
 * safe. 10006 and 10023 are the group service's (operations, and messages to one group).
 */
export const RATE_LIMIT_CODES: ReadonlySet<number> = new Set([
	10006, 10023, 60007, 60011, 60018, 60019,
]);
export const USER_SIG_EXPIRED = 70001;
/** The push ration's refusals (v4/timpush/push): nothing was pushed. */
export const PUSH_TOO_FREQUENT = 90024;
export const PUSH_DAILY_LIMIT = 90047;

export function describeTencentChatErrorCode(
	code: number,
	meanings: Record<number, string> = {},
): string {
	return (
		meanings[code] ??
		TENCENT_CHAT_ERROR_MEANINGS[code] ??
		'see the Tencent Cloud Chat error code list'
	);
}
