import { createDecipheriv } from 'crypto';

import { reject } from '../../common/callbackRejection';

/** WXBizMsgCrypt pads to 32-byte blocks (not AES's 16). */
const PAD_BLOCK = 32;
const RANDOM_PREFIX = 16;
const LENGTH_FIELD = 4;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** AES-256 key from the 43-character EncodingAESKey: base64(EncodingAESKey + "="). */
export function aesKeyFromEncodingAESKey(encodingAESKey: string): Buffer {
	const trimmed = encodingAESKey.trim();
	if (!/^[A-Za-z0-9+/]{43}$/.test(trimmed)) {
		throw reject(500, 'the credential EncodingAESKey must be 43 letters or digits');
	}
	return Buffer.from(`${trimmed}=`, 'base64');
}

export interface DecryptedMessage {
	message: string;
	appId: string;
}

/**
 * Decrypts a WXBizMsgCrypt payload: AES-256-CBC, IV = first 16 key bytes, PKCS#7 to 32 bytes,
 * plaintext = random(16) + msg length (4 bytes, big-endian) + msg + appid.
 * Call only after msg_signature has been verified: that keeps this from acting as a padding oracle.
 */
export function decryptMessage(encrypted: string, key: Buffer): DecryptedMessage {
	if (encrypted.length % 4 !== 0 || !BASE64.test(encrypted)) {
		throw reject(400, 'Encrypt is not valid base64');
	}
	const cipherText = Buffer.from(encrypted, 'base64');
	if (cipherText.length < PAD_BLOCK || cipherText.length % 16 !== 0) {
		throw reject(400, 'Encrypt is truncated (not a whole number of AES blocks)');
	}
	const decipher = createDecipheriv('aes-256-cbc', key, key.subarray(0, 16));
	decipher.setAutoPadding(false);
	const padded = Buffer.concat([decipher.update(cipherText), decipher.final()]);

	const plain = padded.subarray(0, padded.length - validPadLength(padded));
	if (plain.length < RANDOM_PREFIX + LENGTH_FIELD)
		throw reject(400, 'Encrypt is too short to hold a message');
	const messageLength = plain.readUInt32BE(RANDOM_PREFIX);
	const messageStart = RANDOM_PREFIX + LENGTH_FIELD;
	if (messageLength > plain.length - messageStart) {
		throw reject(400, 'Encrypt declares a message longer than its content');
	}
	return {
		message: plain.toString('utf8', messageStart, messageStart + messageLength),
		appId: plain.toString('utf8', messageStart + messageLength),
	};
}

function validPadLength(padded: Buffer): number {
	const pad = padded[padded.length - 1];
	if (pad < 1 || pad > PAD_BLOCK || pad > padded.length)
		throw reject(400, 'Encrypt has bad PKCS#7 padding');
	let mismatch = 0;
	for (let i = padded.length - pad; i < padded.length; i++) mismatch |= padded[i] ^ pad;
	if (mismatch !== 0) throw reject(400, 'Encrypt has bad PKCS#7 padding');
	return pad;
}
