/**
 * WeChat's Message Push as WeChat sends it in safe mode: the message encrypted with the
 * EncodingAESKey, the query signed with the token (a fresh timestamp and nonce each time, as
 * WeChat's retries come), in an XML envelope. The encryption is testkit's (written from WeChat's
 * spec, apart from the node's code).
 */
import {
	safeXmlEnvelope,
	signedQuery,
	wechatEncrypt,
} from '../../testkit/fixtures/wechatTestCrypto';

export interface PushSecrets {
	token: string;
	encodingAESKey: string;
}

/** The message encrypted for `appId`, as in the envelope's Encrypt field. */
export function encryptForPush(message: string, encodingAESKey: string, appId: string): string {
	return wechatEncrypt(message, { aesKey: encodingAESKey, appId });
}

/** The query of a push of `encrypted`, signed with `token`. */
export function signedPushQuery(token: string, encrypted: string): URLSearchParams {
	const query = new URLSearchParams();
	for (const [name, value] of Object.entries(signedQuery({ token, encrypt: encrypted })))
		if (value !== undefined) query.set(name, value);
	return query;
}

/** One push as WeChat posts it: the signed query and the XML envelope of `encrypted`. */
export function pushRequest(
	token: string,
	encrypted: string,
	toUserName: string,
): { query: string; body: string } {
	return {
		query: signedPushQuery(token, encrypted).toString(),
		body: safeXmlEnvelope(encrypted, toUserName),
	};
}
