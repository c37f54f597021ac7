import { reject } from '../../common/callbackRejection';
import { authorizationEventItem } from './authorizationEvent';
import type { SecretSealer } from './sealedSecrets';

/** A merchant App ID as it may appear in the message URL (WeChat fills in `$APPID$`) or a message. */
const APP_ID = /^[A-Za-z0-9_-]{1,64}$/;

export type PlatformUrl = 'authorization' | 'message';

/**
 * The output item of a verified, decrypted push to a platform. What the URL says is not signed:
 * - an authorization push (InfoType, a verify ticket) is recognised by its content wherever it
 *   arrives, so its ticket is always sealed, even at the message URL (URLs swapped in the console);
 * - the `$APPID$` segment may only repeat what the message says of its merchant: a disagreement is
 *   refused, and a merchant known from the URL alone is marked so (`authorizerAppIdFrom: "url"`);
 * - `dedupKey` comes from the message alone, so a push resent to another URL keeps its key.
 */
export function platformPushItem(
	message: Record<string, unknown>,
	event: string,
	pushed: { url: PlatformUrl; appIdSegment: string | undefined },
	sealer: SecretSealer,
): Record<string, unknown> {
	if (pushed.url === 'authorization' || isAuthorizationPush(message))
		return authorizationEventItem(message, sealer);
	return merchantEventItem(message, event, pushed.appIdSegment);
}

/** Refuses a `$APPID$` segment that is not an App ID, before anything else is read. */
export function checkAppIdSegment(segment: string | undefined): void {
	if (segment !== undefined && segment !== '' && !APP_ID.test(segment))
		throw reject(400, 'the App ID segment of the URL is not an App ID');
}

function isAuthorizationPush(message: Record<string, unknown>): boolean {
	return ['InfoType', 'ComponentVerifyTicket'].some((field) =>
		Object.prototype.hasOwnProperty.call(message, field),
	);
}

function merchantEventItem(
	message: Record<string, unknown>,
	event: string,
	segment: string | undefined,
): Record<string, unknown> {
	checkAppIdSegment(segment);
	const fromMessage = merchantNamedBy(message);
	const fromUrl = segment || undefined;
	if (fromUrl !== undefined && fromMessage !== undefined && fromUrl !== fromMessage)
		throw reject(
			403,
			`the App ID in the URL (${fromUrl}) is not the merchant the signed message names (${fromMessage})`,
		);
	const authorizerAppId = fromMessage ?? fromUrl;
	return {
		...message,
		event,
		...(authorizerAppId !== undefined
			? { authorizerAppId, authorizerAppIdFrom: fromMessage !== undefined ? 'message' : 'url' }
			: {}),
	};
}

/**
 * The merchant a message names itself: its top-level `appid` (content security results, for
 * example). Most events name none: their ToUserName is the merchant's original ID, not its App ID.
 */
function merchantNamedBy(message: Record<string, unknown>): string | undefined {
	const appId = message.appid;
	return typeof appId === 'string' && APP_ID.test(appId) ? appId : undefined;
}
