import { createCipheriv, randomBytes } from 'crypto';

import type { BodyFormat } from './callbackBody';
import { callbackSignature } from './callbackSignature';
import { aesKeyFromEncodingAESKey } from './messageCrypto';

/**
 * A passive reply: the answer to a push that WeChat acts on, instead of "success". The one this
 * package sends is transfer_customer_service, which hands the conversation to the customer
 * service staff (WeChat's web or mobile customer service tool).
 */
export interface PassiveReplyContext {
	/** The push's decoded message: the reply goes back to its sender, from its recipient. */
	message: Record<string, unknown>;
	format: BodyFormat;
	/** Whether the push came encrypted: then the reply is encrypted too. */
	encrypted: boolean;
	token: string;
	encodingAESKey: string;
	/** The App ID written into an encrypted reply (the credential's). */
	appId: string;
	nowSeconds: number;
	/** 16 random bytes before the message, and the nonce (tests fix them). */
	random?: () => Buffer;
}

export interface ReplyBody {
	body: string;
	contentType: string;
}

export function transferToCustomerServiceReply(context: PassiveReplyContext): ReplyBody {
	const fields = {
		ToUserName: String(context.message.FromUserName ?? ''),
		FromUserName: String(context.message.ToUserName ?? ''),
		CreateTime: context.nowSeconds,
		MsgType: 'transfer_customer_service',
	};
	const plain = context.format === 'xml' ? xmlOf(fields) : JSON.stringify(fields);
	if (!context.encrypted) return bodyOf(plain, context.format);
	return bodyOf(encryptedEnvelope(plain, context), context.format);
}

/** WXBizMsgCrypt's reply: AES-256-CBC of random(16) + length + message + appid, padded to 32, signed. */
function encryptedEnvelope(plain: string, context: PassiveReplyContext): string {
	const random = context.random ?? (() => randomBytes(16));
	const key = aesKeyFromEncodingAESKey(context.encodingAESKey);
	const message = Buffer.from(plain, 'utf8');
	const length = Buffer.alloc(4);
	length.writeUInt32BE(message.length, 0);
	const unpadded = Buffer.concat([random(), length, message, Buffer.from(context.appId, 'utf8')]);
	const pad = 32 - (unpadded.length % 32);
	const cipher = createCipheriv('aes-256-cbc', key, key.subarray(0, 16));
	cipher.setAutoPadding(false);
	const encrypt = Buffer.concat([
		cipher.update(Buffer.concat([unpadded, Buffer.alloc(pad, pad)])),
		cipher.final(),
	]).toString('base64');
	const timeStamp = String(context.nowSeconds);
	const nonce = String(random().readUInt32BE(0));
	const msgSignature = callbackSignature([context.token, timeStamp, nonce, encrypt]);
	if (context.format === 'json')
		return JSON.stringify({
			Encrypt: encrypt,
			MsgSignature: msgSignature,
			TimeStamp: Number(timeStamp),
			Nonce: nonce,
		});
	return `<xml><Encrypt><![CDATA[${encrypt}]]></Encrypt><MsgSignature><![CDATA[${msgSignature}]]></MsgSignature><TimeStamp>${timeStamp}</TimeStamp><Nonce><![CDATA[${nonce}]]></Nonce></xml>`;
}

function bodyOf(body: string, format: BodyFormat): ReplyBody {
	return {
		body,
		contentType:
			format === 'xml' ? 'application/xml; charset=utf-8' : 'application/json; charset=utf-8',
	};
}

function xmlOf(fields: Record<string, string | number>): string {
	const elements = Object.entries(fields).map(([name, value]) =>
		typeof value === 'number'
			? `<${name}>${value}</${name}>`
			: `<${name}><![CDATA[${cdataSafe(value)}]]></${name}>`,
	);
	return `<xml>${elements.join('')}</xml>`;
}

/** An openid or original id never holds "]]>", but a hostile message might: it cannot end the CDATA. */
function cdataSafe(value: string): string {
	return value.replace(/]]>/g, ']]]]><![CDATA[>');
}
