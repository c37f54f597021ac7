import { createCipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * Test-side WXBizMsgCrypt, written from WeChat's spec independently of nodes/protocol so that the
 * runtime code and the tests do not share mistakes.
 */
export const TEST_TOKEN = 'Tok3n-Push-Secret';
export const TEST_AES_KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
export const TEST_APP_ID = 'wx1234567890abcdef';

export function sha1Signature(...parts: string[]): string {
	return createHash('sha1').update(parts.slice().sort().join('')).digest('hex');
}

export interface EncryptOptions {
	appId?: string;
	aesKey?: string;
	random?: Buffer;
	/** Override the PKCS#7 padding (to build hostile ciphertexts). */
	pad?: (unpadded: Buffer) => Buffer;
	/** Override the 4-byte length field. */
	declaredLength?: number;
}

export function pkcs7To32(data: Buffer): Buffer {
	const n = 32 - (data.length % 32);
	return Buffer.concat([data, Buffer.alloc(n, n)]);
}

export function wechatEncrypt(message: string, options: EncryptOptions = {}): string {
	const key = Buffer.from(`${options.aesKey ?? TEST_AES_KEY}=`, 'base64');
	const msg = Buffer.from(message, 'utf8');
	const length = Buffer.alloc(4);
	length.writeUInt32BE(options.declaredLength ?? msg.length, 0);
	const plain = Buffer.concat([
		options.random ?? randomBytes(16),
		length,
		msg,
		Buffer.from(options.appId ?? TEST_APP_ID, 'utf8'),
	]);
	const padded = (options.pad ?? pkcs7To32)(plain);
	const cipher = createCipheriv('aes-256-cbc', key, key.subarray(0, 16));
	cipher.setAutoPadding(false);
	return Buffer.concat([cipher.update(padded), cipher.final()]).toString('base64');
}

export interface SignedQuery {
	signature: string;
	timestamp: string;
	nonce: string;
	msg_signature?: string;
	encrypt_type?: string;
	openid?: string;
	echostr?: string;
}

export function signedQuery(
	options: { token?: string; timestamp?: number; nonce?: string; encrypt?: string } = {},
): SignedQuery {
	const token = options.token ?? TEST_TOKEN;
	const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
	const nonce = options.nonce ?? String(Math.floor(Math.random() * 1e9));
	const query: SignedQuery = {
		signature: sha1Signature(token, timestamp, nonce),
		timestamp,
		nonce,
		openid: 'oUserOpenId',
	};
	if (options.encrypt !== undefined) {
		query.msg_signature = sha1Signature(token, timestamp, nonce, options.encrypt);
		query.encrypt_type = 'aes';
	}
	return query;
}

export function safeXmlEnvelope(encrypt: string, toUserName = 'gh_123456789abc'): string {
	return `<xml>\n  <ToUserName><![CDATA[${toUserName}]]></ToUserName>\n  <Encrypt><![CDATA[${encrypt}]]></Encrypt>\n</xml>`;
}

export function safeJsonEnvelope(encrypt: string, toUserName = 'gh_123456789abc'): string {
	return JSON.stringify({ ToUserName: toUserName, Encrypt: encrypt });
}

/** Compatible mode: the plaintext message with an Encrypt copy added. */
export function compatibleBody(plain: string, format: 'xml' | 'json', encrypt: string): string {
	if (format === 'xml')
		return plain.replace(/<\/xml>\s*$/, `<Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`);
	return plain.replace(/}\s*$/, `, "Encrypt": ${JSON.stringify(encrypt)}}`);
}
