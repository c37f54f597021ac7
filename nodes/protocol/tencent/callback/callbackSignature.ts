import { createHash } from 'crypto';

import { constantTimeEqual } from '../../common/constantTime';

/**
 * Tencent Cloud Chat callback authentication: with an authentication token set, every callback URL
 * gets `RequestTime` (Unix seconds) and `Sign` = hex SHA-256 of token + RequestTime, concatenated.
 * Tencent's example: token "xxxxyyyy", RequestTime 1669872112 gives 17773bc3...d484061.
 */
export function tencentCallbackSignature(token: string, requestTime: string): string {
	return createHash('sha256').update(`${token}${requestTime}`, 'utf8').digest('hex');
}

export function isValidTencentCallbackSignature(
	token: string,
	requestTime: string,
	provided: string,
): boolean {
	return constantTimeEqual(tencentCallbackSignature(token, requestTime), provided.toLowerCase());
}
