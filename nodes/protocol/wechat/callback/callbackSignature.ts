import { createHash } from 'crypto';

import { constantTimeEqual } from '../../common/constantTime';

/**
 * WeChat's callback signature: SHA-1 (hex) of the parts sorted in dictionary order and concatenated.
 * `signature` signs token, timestamp, nonce; `msg_signature` adds the Encrypt field (or encrypted echostr).
 */
export function callbackSignature(parts: readonly string[]): string {
	return createHash('sha1')
		.update([...parts].sort().join(''))
		.digest('hex');
}

export function isValidCallbackSignature(parts: readonly string[], provided: string): boolean {
	return constantTimeEqual(callbackSignature(parts), provided.toLowerCase());
}
