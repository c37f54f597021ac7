import { createHash } from 'crypto';

import { generateUserSig } from './userSig';

/** Admin UserSigs are issued for a day and renewed once less than an hour is left. */
export const USER_SIG_LIFETIME_SECONDS = 24 * 60 * 60;
const RENEW_MARGIN_SECONDS = 60 * 60;

export interface UserSigCredentials {
	sdkAppId: number;
	identifier: string;
	secretKey: string;
}

interface CachedSig {
	userSig: string;
	expiresAt: number;
}

/**
 * Per-process cache of admin UserSigs, keyed by a hash of the credential (never the key itself).
 * Signing is local and cheap; the cache keeps the URL stable and makes 70001 recovery explicit.
 */
export class UserSigCache {
	private readonly sigs = new Map<string, CachedSig>();

	constructor(private readonly nowSeconds: () => number = () => Math.floor(Date.now() / 1000)) {}

	get(credentials: UserSigCredentials): string {
		const key = cacheKey(credentials);
		const now = this.nowSeconds();
		const cached = this.sigs.get(key);
		if (cached && cached.expiresAt - RENEW_MARGIN_SECONDS > now) return cached.userSig;
		return this.issue(key, credentials, now);
	}

	/** Tencent rejected `rejected` as expired (70001): issue a new one unless another caller already did. */
	renew(credentials: UserSigCredentials, rejected: string): string {
		const key = cacheKey(credentials);
		const cached = this.sigs.get(key);
		if (cached && cached.userSig !== rejected) return cached.userSig;
		return this.issue(key, credentials, this.nowSeconds());
	}

	private issue(key: string, credentials: UserSigCredentials, now: number): string {
		const userSig = generateUserSig({
			...credentials,
			expireSeconds: USER_SIG_LIFETIME_SECONDS,
			issuedAt: now,
		});
		this.sigs.set(key, { userSig, expiresAt: now + USER_SIG_LIFETIME_SECONDS });
		return userSig;
	}
}

function cacheKey({ sdkAppId, identifier, secretKey }: UserSigCredentials): string {
	return createHash('sha256')
		.update(`${sdkAppId}\u0000${identifier}\u0000${secretKey}`)
		.digest('hex');
}
