import { chooseBodyFormat, parseCallbackBody, sniffFormat } from './callbackBody';
import type { BodyFormat } from './callbackBody';
import type { CallbackRequest } from '../../common/callbackRequest';
import type { CallbackConfig } from './callbackConfig';
import { reject } from '../../common/callbackRejection';
import { isValidCallbackSignature } from './callbackSignature';
import { decodeEvent } from './decodeEvent';
import { queryParameter, requiredQueryParameter } from '../../common/queryParameters';
import { assertFreshTimestamp } from './replayWindow';
import { verifyAndDecrypt } from './verifiedDecryption';

export interface ReceivedWeChatCallback {
	/** The decoded message, `dedupKey` included. */
	item: Record<string, unknown>;
	event: string;
	format: BodyFormat;
	encrypted: boolean;
	/** The (decrypted) message text as WeChat sent it. */
	rawMessage: string;
}

/** WeChat echostrs are digits; allowing only these characters means nothing can be reflected as markup. */
const PRINTABLE_ECHO = /^[A-Za-z0-9_=+/-]{1,512}$/;

/**
 * The GET handshake WeChat sends when the push URL is saved. Returns the text to answer.
 * Safe mode may send msg_signature with an encrypted echostr, which must be decrypted.
 */
export function answerUrlVerification(
	request: CallbackRequest,
	config: CallbackConfig,
	nowSeconds: number,
): string {
	assertConfigured(config);
	const { query } = request;
	const timestamp = requiredQueryParameter(query, 'timestamp');
	const nonce = requiredQueryParameter(query, 'nonce');
	const echostr = requiredQueryParameter(query, 'echostr');
	const msgSignature = queryParameter(query, 'msg_signature');

	let answer: string;
	if (config.mode !== 'plaintext' && msgSignature !== undefined) {
		answer = verifyAndDecrypt(config, { timestamp, nonce, msgSignature }, echostr);
	} else {
		assertSignature(config, timestamp, nonce, requiredQueryParameter(query, 'signature'));
		answer = echostr;
	}
	assertFreshTimestamp(timestamp, nowSeconds, config.replayWindowSeconds);
	if (!PRINTABLE_ECHO.test(answer)) throw reject(400, 'echostr holds unexpected characters');
	return answer;
}

/** A POSTed event: size, format (read from the body), signatures, freshness, decryption and decoding, in that order. */
export function receiveWeChatCallback(
	request: CallbackRequest,
	config: CallbackConfig,
	nowSeconds: number,
): ReceivedWeChatCallback {
	assertConfigured(config);
	const text = bodyText(request.rawBody, config.maxBodyBytes);
	const format = chooseBodyFormat(text, config.bodyFormat);
	const { query } = request;
	const timestamp = requiredQueryParameter(query, 'timestamp');
	const nonce = requiredQueryParameter(query, 'nonce');
	const signature = queryParameter(query, 'signature');
	const msgSignature = queryParameter(query, 'msg_signature');
	// WeChat sends `signature` in every mode; when present it must be right even if msg_signature is used.
	if (signature !== undefined) assertSignature(config, timestamp, nonce, signature);

	const outer = parseCallbackBody(text, format);
	const encrypt = outer.Encrypt;
	let message = outer;
	let rawMessage = text;
	let messageFormat = format;
	if (encrypt === undefined || config.mode === 'plaintext') {
		if (config.mode === 'safe')
			throw reject(400, 'safe mode expects an encrypted message (no Encrypt field)');
		// WeChat always adds Encrypt in compatible mode. Without it only `signature` would be left,
		// which covers token, timestamp and nonce but not the body: one captured query string would
		// then carry any body for the whole replay window.
		if (config.mode === 'compatible')
			throw reject(
				400,
				`compatible mode expects an Encrypt field next to the plaintext copy: an unencrypted ${format.toUpperCase()} message arrived, ${msgSignature === undefined ? 'without' : 'with'} msg_signature`,
			);
		if (
			config.mode === 'plaintext' &&
			encrypt !== undefined &&
			outer.Event === undefined &&
			outer.MsgType === undefined
		) {
			throw reject(
				400,
				'the message is encrypted: set Message Encryption Mode to Safe or Compatible',
			);
		}
		if (signature === undefined) throw reject(401, 'query parameter signature is missing');
	} else {
		if (typeof encrypt !== 'string' || encrypt === '')
			throw reject(400, 'Encrypt field is not a string');
		rawMessage = verifyAndDecrypt(config, { timestamp, nonce, msgSignature }, encrypt);
		messageFormat = sniffFormat(rawMessage);
		message = parseCallbackBody(rawMessage, messageFormat);
	}
	assertFreshTimestamp(timestamp, nowSeconds, config.replayWindowSeconds);
	assertAddressee(message.ToUserName, config.expectedOriginalId);

	const item = decodeEvent(message);
	const event =
		typeof item.Event === 'string'
			? item.Event
			: typeof item.MsgType === 'string'
				? item.MsgType
				: '';
	return { item, event, format: messageFormat, encrypted: rawMessage !== text, rawMessage };
}

/** Only the signed (decrypted) message counts: the envelope's ToUserName is not covered by it. */
function assertAddressee(toUserName: unknown, expected: string | undefined): void {
	if (!expected || toUserName === expected) return;
	const to = typeof toUserName === 'string' ? JSON.stringify(toUserName.slice(0, 64)) : 'missing';
	throw reject(
		403,
		`the message is addressed to ToUserName ${to}, not to the Expected Original ID "${expected}"`,
	);
}

function assertConfigured(config: CallbackConfig): void {
	if (!config.token) throw reject(500, 'the credential has no Message Push Token');
}

function assertSignature(
	config: CallbackConfig,
	timestamp: string,
	nonce: string,
	signature: string,
): void {
	if (!isValidCallbackSignature([config.token, timestamp, nonce], signature)) {
		throw reject(401, 'signature does not match: check the Message Push Token');
	}
}

function bodyText(rawBody: Uint8Array | undefined, maxBytes: number): string {
	if (rawBody === undefined || rawBody.length === 0) throw reject(400, 'the request body is empty');
	if (rawBody.length > maxBytes)
		throw reject(413, 'the request body is larger than the Max Body Size option');
	const text = Buffer.from(rawBody.buffer, rawBody.byteOffset, rawBody.byteLength).toString('utf8');
	if (text.trim() === '') throw reject(400, 'the request body is empty');
	return text;
}
