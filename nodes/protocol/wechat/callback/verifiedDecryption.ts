import { reject } from '../../common/callbackRejection';
import type { CallbackConfig } from './callbackConfig';
import { isValidCallbackSignature } from './callbackSignature';
import { constantTimeEqual } from '../../common/constantTime';
import { aesKeyFromEncodingAESKey, decryptMessage } from './messageCrypto';

/**
 * Checks msg_signature over the ciphertext first, then decrypts and checks the embedded appid.
 * Shared by encrypted event pushes and the encrypted echostr of the URL check.
 */
export function verifyAndDecrypt(
	config: CallbackConfig,
	signed: { timestamp: string; nonce: string; msgSignature: string | undefined },
	encrypted: string,
): string {
	if (signed.msgSignature === undefined)
		throw reject(401, 'query parameter msg_signature is missing');
	if (
		!isValidCallbackSignature(
			[config.token, signed.timestamp, signed.nonce, encrypted],
			signed.msgSignature,
		)
	) {
		throw reject(401, 'msg_signature does not match: check the Message Push Token');
	}
	const key = aesKeyFromEncodingAESKey(config.encodingAESKey);
	if (config.appIds.length === 0)
		throw reject(500, 'the credential has no App ID to check encrypted messages against');
	const { message, appId } = decryptMessage(encrypted, key);
	// Every candidate is compared so the time taken does not depend on which one matched.
	const matches = config.appIds.map((expected) => constantTimeEqual(expected, appId));
	if (!matches.includes(true))
		throw reject(
			403,
			'the appid inside the encrypted message does not match the credential App ID',
		);
	return message;
}
