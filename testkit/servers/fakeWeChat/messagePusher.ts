import { createDecipheriv } from 'node:crypto';

import { sha1Signature, signedPush } from '../../fixtures/wechatTestCrypto';

type Json = Record<string, unknown>;

export interface PushTarget {
	/** The trigger's Production URL. */
	url: string;
	token: string;
	aesKey: string;
	appId: string;
	mode: 'plaintext' | 'compatible' | 'safe';
	format: 'xml' | 'json';
	/** WeChat waits 5 s for an answer before it tries again. */
	answerTimeoutMs?: number;
	/** How often WeChat sends one message in all before giving up (it retries three times). */
	attempts?: number;
	now?: () => number;
}

export interface PushAttempt {
	status?: number;
	body?: string;
	/** No answer within the timeout, or the connection failed. */
	failure?: string;
	ms: number;
}

export interface PushOutcome {
	attempts: PushAttempt[];
	/** What WeChat took from the last attempt: "success", "" or a passive reply (decrypted). */
	accepted: boolean;
	/** A passive reply (transfer_customer_service, ...) as plain XML or JSON, decrypted in safe mode. */
	reply?: string;
	/** After every attempt failed WeChat shows the user "this Mini Program's customer service cannot serve you now". */
	userSawFailure: boolean;
}

/**
 * WeChat's message push to a Mini Program's push URL: signs (and encrypts, by the mode) a
 * message, POSTs it and waits 5 s for the answer; without an acceptable answer it sends the same
 * message again, three times in all. An acceptable answer is "success", an empty body, or a
 * passive reply in the push's format (encrypted in safe mode).
 */
export async function pushToTrigger(target: PushTarget, message: Json): Promise<PushOutcome> {
	const plain = target.format === 'xml' ? xmlOf(message) : JSON.stringify(message);
	const attempts: PushAttempt[] = [];
	const total = target.attempts ?? 3;
	for (let attempt = 0; attempt < total; attempt++) {
		const started = Date.now();
		const record: PushAttempt = { ms: 0 };
		try {
			const { url, body } = signedRequest(target, plain);
			const response = await fetch(url, {
				method: 'POST',
				headers: { 'content-type': target.format === 'xml' ? 'text/xml' : 'application/json' },
				body,
				signal: AbortSignal.timeout(target.answerTimeoutMs ?? 5000),
			});
			record.status = response.status;
			record.body = await response.text();
		} catch (error) {
			record.failure =
				(error as Error).name === 'TimeoutError'
					? 'no answer within the timeout'
					: (error as Error).message;
		}
		record.ms = Date.now() - started;
		attempts.push(record);
		if (record.status === 200) {
			const reply = readAnswer(target, record.body ?? '');
			if (reply !== undefined)
				return {
					attempts,
					accepted: true,
					reply: reply === 'success' || reply === '' ? undefined : reply,
					userSawFailure: false,
				};
		}
	}
	return { attempts, accepted: false, userSawFailure: true };
}

/** The signed URL and the body of one attempt: each attempt is encrypted afresh, as WeChat does. */
function signedRequest(target: PushTarget, plain: string): { url: URL; body: string } {
	const { query, body } = signedPush(plain, target.mode, target.format, {
		token: target.token,
		timestamp: Math.floor((target.now ?? Date.now)() / 1000),
		appId: target.appId,
		aesKey: target.aesKey,
	});
	const url = new URL(target.url);
	for (const [key, value] of Object.entries(query))
		if (value !== undefined) url.searchParams.set(key, String(value));
	return { url, body };
}

/** The answer as WeChat reads it, undefined when it is not acceptable. */
function readAnswer(target: PushTarget, body: string): string | undefined {
	const text = body.trim();
	if (text === 'success' || text === '') return text;
	// Plaintext mode takes plain replies; compatible mode either; safe mode only encrypted ones.
	const encryptedReply = /Encrypt/.test(text);
	if (target.mode === 'plaintext' || (target.mode === 'compatible' && !encryptedReply))
		return looksLike(target.format, text) ? text : undefined;
	const encrypted =
		target.format === 'xml'
			? /<Encrypt><!\[CDATA\[([^\]]+)\]\]><\/Encrypt>/.exec(text)?.[1]
			: (JSON.parse(text) as Json).Encrypt;
	if (typeof encrypted !== 'string') return undefined;
	const signature =
		target.format === 'xml'
			? /<MsgSignature><!\[CDATA\[([^\]]+)\]\]>/.exec(text)?.[1]
			: (JSON.parse(text) as Json).MsgSignature;
	const timestamp =
		target.format === 'xml'
			? /<TimeStamp>(\d+)<\/TimeStamp>/.exec(text)?.[1]
			: String((JSON.parse(text) as Json).TimeStamp);
	const nonce =
		target.format === 'xml'
			? /<Nonce><!\[CDATA\[([^\]]+)\]\]>/.exec(text)?.[1]
			: String((JSON.parse(text) as Json).Nonce);
	if (
		!signature ||
		!timestamp ||
		!nonce ||
		sha1Signature(target.token, timestamp, nonce, encrypted) !== signature
	)
		return undefined;
	const plain = decrypt(encrypted, target);
	return plain !== undefined && looksLike(target.format, plain) ? plain : undefined;
}

function looksLike(format: 'xml' | 'json', text: string): boolean {
	if (format === 'xml') return /^<xml>[\s\S]*<\/xml>$/.test(text);
	try {
		return typeof JSON.parse(text) === 'object';
	} catch {
		return false;
	}
}

function decrypt(encrypted: string, target: PushTarget): string | undefined {
	const key = Buffer.from(`${target.aesKey}=`, 'base64');
	const decipher = createDecipheriv('aes-256-cbc', key, key.subarray(0, 16));
	decipher.setAutoPadding(false);
	const padded = Buffer.concat([
		decipher.update(Buffer.from(encrypted, 'base64')),
		decipher.final(),
	]);
	const plain = padded.subarray(0, padded.length - padded[padded.length - 1]);
	const length = plain.readUInt32BE(16);
	const appId = plain.subarray(20 + length).toString('utf8');
	if (appId !== target.appId) return undefined;
	return plain.subarray(20, 20 + length).toString('utf8');
}

/** A message as WeChat writes it in XML: text in CDATA, numbers bare, objects and lists nested. */
export function xmlOf(message: Json): string {
	return `<xml>${Object.entries(message)
		.map(([key, value]) => element(key, value))
		.join('')}</xml>`;
}

function element(key: string, value: unknown): string {
	if (Array.isArray(value)) return value.map((entry) => element(key, entry)).join('');
	if (typeof value === 'object' && value !== null)
		return `<${key}>${Object.entries(value as Json)
			.map(([inner, innerValue]) => element(inner, innerValue))
			.join('')}</${key}>`;
	if (typeof value === 'number') return `<${key}>${value}</${key}>`;
	return `<${key}><![CDATA[${String(value)}]]></${key}>`;
}
