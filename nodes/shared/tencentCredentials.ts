import { randomInt } from 'crypto';
import type { ICredentialDataDecryptedObject, IHttpRequestOptions } from 'n8n-workflow';

import { assertOwnApiHost } from '../protocol/common/ownApiHost';
import { resolveTencentBaseUrl } from '../protocol/tencent/regions';
import { UserSigCache } from '../protocol/tencent/userSigCache';
import type { UserSigCredentials } from '../protocol/tencent/userSigCache';

/** What signs the administrator UserSig of a Tencent Cloud Chat API credential. */
export function userSigCredentials(
	credentials: ICredentialDataDecryptedObject,
): UserSigCredentials {
	const sdkAppId = Number(credentials.sdkAppId);
	const identifier = String(credentials.adminIdentifier ?? '').trim() || 'administrator';
	const secretKey = String(credentials.secretKey ?? '').trim();
	if (!Number.isSafeInteger(sdkAppId) || sdkAppId <= 0)
		throw new Error('The credential needs a numeric SDKAppID');
	if (!secretKey) throw new Error('The credential needs the Secret Key of the Chat application');
	return { sdkAppId, identifier, secretKey };
}

export function tencentChatBaseUrl(credentials: ICredentialDataDecryptedObject): string {
	return resolveTencentBaseUrl(credentials.region as string, credentials.customBaseUrl as string);
}

/** The query every REST call carries; `random` is a fresh uint32 per request. */
export function tencentChatQuery(
	credentials: ICredentialDataDecryptedObject,
	userSig: string,
): Record<string, string> {
	const { sdkAppId, identifier } = userSigCredentials(credentials);
	return {
		sdkappid: String(sdkAppId),
		identifier,
		usersig: userSig,
		random: String(randomInt(0, 0x1_0000_0000)),
		contenttype: 'json',
	};
}

/** The credential's own UserSigs: n8n builds credential types once per process, with no options. */
const credentialUserSigs = new UserSigCache();

/**
 * The credential's authenticate (also for the HTTP Request node): signs with a cached UserSig,
 * only a request for the credential's own region or base URL.
 */
export function signTencentChatRequest(
	credentials: ICredentialDataDecryptedObject,
	requestOptions: IHttpRequestOptions,
): IHttpRequestOptions {
	assertOwnApiHost(
		'Tencent Cloud Chat API',
		'administrator UserSig',
		tencentChatBaseUrl(credentials),
		requestOptions,
	);
	const query = tencentChatQuery(
		credentials,
		credentialUserSigs.get(userSigCredentials(credentials)),
	);
	return { ...requestOptions, qs: { ...(requestOptions.qs ?? {}), ...query } };
}
