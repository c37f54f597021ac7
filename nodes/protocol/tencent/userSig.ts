import { createHmac } from 'crypto';

import { zlibStoredStream } from './zlibStored';

export interface UserSigInput {
	sdkAppId: number;
	identifier: string;
	secretKey: string;
	/** Lifetime in seconds. */
	expireSeconds: number;
	/** Issue time, Unix seconds. */
	issuedAt: number;
}

/** The exact text TLSSigAPIv2 signs with HMAC-SHA256 (no userbuf: plain UserSig). */
export function userSigSigningText(input: Omit<UserSigInput, 'secretKey'>): string {
	return (
		`TLS.identifier:${input.identifier}\n` +
		`TLS.sdkappid:${input.sdkAppId}\n` +
		`TLS.time:${input.issuedAt}\n` +
		`TLS.expire:${input.expireSeconds}\n`
	);
}

export function userSigHmac(input: UserSigInput): string {
	return createHmac('sha256', input.secretKey).update(userSigSigningText(input)).digest('base64');
}

/** A TLSSigAPIv2 UserSig: signed JSON, zlib-wrapped, base64 with the URL-safe substitutions Tencent uses. */
export function generateUserSig(input: UserSigInput): string {
	const document = {
		'TLS.ver': '2.0',
		'TLS.identifier': input.identifier,
		'TLS.sdkappid': input.sdkAppId,
		'TLS.expire': input.expireSeconds,
		'TLS.time': input.issuedAt,
		'TLS.sig': userSigHmac(input),
	};
	const packed = zlibStoredStream(Buffer.from(JSON.stringify(document), 'utf8'));
	return escapeBase64(packed.toString('base64'));
}

export function escapeBase64(base64: string): string {
	return base64.replace(/\+/g, '*').replace(/\//g, '-').replace(/=/g, '_');
}

export function unescapeBase64(userSig: string): string {
	return userSig.replace(/\*/g, '+').replace(/-/g, '/').replace(/_/g, '=');
}
