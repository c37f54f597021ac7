/**
 * The query Tencent Cloud Chat appends to a callback URL, signed with the callback token
 * (Sign = sha256(token + RequestTime)), written from Tencent's pages apart from the node's code.
 */
import { createHash } from 'node:crypto';

export function signedCallbackQuery(
	command: string,
	sdkAppId: number | string,
	callbackToken: string,
): URLSearchParams {
	const requestTime = String(Math.floor(Date.now() / 1000));
	return new URLSearchParams({
		SdkAppid: String(sdkAppId),
		CallbackCommand: command,
		contenttype: 'json',
		ClientIP: '203.0.113.7',
		OptPlatform: 'RESTAPI',
		RequestTime: requestTime,
		Sign: createHash('sha256').update(`${callbackToken}${requestTime}`).digest('hex'),
	});
}
