import { createHash } from 'crypto';

import type { AccessTokenGrant } from './accessToken';

/** Renew this long before WeChat's stated expiry, so a token never dies mid-request. */
const EXPIRY_MARGIN_MS = 5 * 60 * 1000;

interface CachedToken {
	accessToken: string;
	expiresAt: number;
}

/**
 * Per-process cache of access tokens, keyed by a hash of the credential (never the secret itself).
 * Concurrent callers share one in-flight request. Correct across n8n workers only because the
 * tokens come from stable_token, which gives every process the same token.
 */
export class AccessTokenCache {
	private readonly tokens = new Map<string, CachedToken>();
	private readonly inFlight = new Map<string, Promise<string>>();

	constructor(private readonly now: () => number = Date.now) {}

	static keyFor(...parts: string[]): string {
		return createHash('sha256').update(parts.join('\u0000')).digest('hex');
	}

	async get(key: string, fetch: () => Promise<AccessTokenGrant>): Promise<string> {
		const cached = this.tokens.get(key);
		if (cached && cached.expiresAt > this.now()) return cached.accessToken;
		return await this.fetchOnce(key, fetch);
	}

	/**
	 * WeChat rejected `rejectedToken` (40001/40014/42001). Fetch again normally; if WeChat still
	 * hands back that same token, it is stale on WeChat's side and only a forced refresh helps.
	 */
	async replaceRejected(
		key: string,
		rejectedToken: string,
		fetch: (forceRefresh: boolean) => Promise<AccessTokenGrant>,
	): Promise<string> {
		const cached = this.tokens.get(key);
		if (cached && cached.accessToken !== rejectedToken && cached.expiresAt > this.now()) {
			return cached.accessToken;
		}
		this.tokens.delete(key);
		const fresh = await this.fetchOnce(key, async () => await fetch(false));
		if (fresh !== rejectedToken) return fresh;
		this.tokens.delete(key);
		return await this.fetchOnce(key, async () => await fetch(true));
	}

	private async fetchOnce(key: string, fetch: () => Promise<AccessTokenGrant>): Promise<string> {
		const pending = this.inFlight.get(key);
		if (pending) return await pending;
		const request = (async () => {
			try {
				const grant = await fetch();
				const lifetimeMs = grant.expiresInSeconds * 1000;
				this.tokens.set(key, {
					accessToken: grant.accessToken,
					expiresAt: this.now() + Math.max(lifetimeMs - EXPIRY_MARGIN_MS, lifetimeMs / 2),
				});
				return grant.accessToken;
			} finally {
				this.inFlight.delete(key);
			}
		})();
		this.inFlight.set(key, request);
		return await request;
	}
}
