import type { PostJson } from '../accessToken';
import { isTokenRejected, WeChatApiError } from '../apiError';
import { fetchAuthorizerToken, fetchComponentToken } from './componentApi';
import type { Grant, PlatformIdentity } from './componentApi';
import type { OpenedEntry, PlatformSecrets, RefusedBecause } from './platformSecrets';
import type { StoreKey } from './platformStore';

/** Renew this long before WeChat's stated expiry, so a token never dies mid-request. */
export const RENEW_MARGIN_MS = 5 * 60 * 1000;
/**
 * How long a claim of the right to renew a token lasts; the holder extends it every third of
 * that while its grant is under way, so only a process that died or stalled loses it.
 */
export const LEASE_MS = 30 * 1000;
/** A ticket is valid 12 hours after WeChat pushed it. */
export const TICKET_LIFETIME_MS = 12 * 60 * 60 * 1000;

export interface TokenChainOptions {
	post: PostJson;
	platform: PlatformIdentity;
	secrets: PlatformSecrets;
	/** What this process already holds or is fetching, shared by every execution in the process. */
	memory: ProcessTokens;
	now: () => number;
	/** Waits on the same clock as `now` (production: real time; tests: a virtual clock). */
	sleep: (ms: number) => Promise<void>;
	/** How often a process that lost the lease re-reads the store (default 100 ms). */
	leasePollMs?: number;
}

type Fetch = () => Promise<Grant>;

export interface ProcessTokens {
	tokens: Map<string, { token: string; expiresAt: number }>;
	inFlight: Map<string, Promise<string>>;
}

export function newProcessTokens(): ProcessTokens {
	return { tokens: new Map(), inFlight: new Map() };
}

/**
 * The token chain of a third-party platform: ticket -> component_access_token -> each merchant's
 * authorizer_access_token. Every token is cached in this process and in the shared store with
 * its expiry; a process only calls a token endpoint when neither holds a valid token, and only
 * one process renews a token at a time (a compare-and-set lease on the store entry).
 */
export class PlatformTokenChain {
	constructor(private readonly options: TokenChainOptions) {}

	async componentToken(rejected?: string): Promise<string> {
		return await this.obtain(COMPONENT_KEY, rejected, async () => {
			const ticket = await this.options.secrets.read(TICKET_KEY);
			if (ticket?.refused === 'unreadable')
				throw new Error(
					"The stored component_verify_ticket does not open with this credential's Component App Secret: the App Secret was probably rotated. WeChat pushes a new ticket every 10 minutes; the ticket workflow stores it sealed with the new secret",
				);
			if (!ticket?.secret || ticket.expiresAt <= this.options.now()) {
				throw new Error(
					'No component_verify_ticket from the last 12 hours is stored: activate the ticket workflow (WeChat Third-Party Platform Trigger -> Store Verify Ticket) and check the authorization-event URL in the open platform console',
				);
			}
			return await fetchComponentToken(this.options.post, this.options.platform, ticket.secret);
		});
	}

	async authorizerToken(authorizerAppId: string, rejected?: string): Promise<string> {
		if (!authorizerAppId) throw new Error('The Authorizer App ID is empty');
		const key: StoreKey = { kind: 'authorizerToken', authorizerAppId };
		return await this.obtain(key, rejected, async () => {
			const refreshKey: StoreKey = { kind: 'refreshToken', authorizerAppId };
			const refresh = await this.options.secrets.read(refreshKey);
			if (!refresh?.secret) throw new Error(noRefreshToken(authorizerAppId, refresh?.refused));
			const grant = await this.withComponentToken(async (componentToken) => {
				return await fetchAuthorizerToken(
					this.options.post,
					this.options.platform.componentAppId,
					componentToken,
					authorizerAppId,
					refresh.secret,
				);
			});
			if (grant.refreshToken && grant.refreshToken !== refresh.secret)
				await this.options.secrets.write(refreshKey, grant.refreshToken, 0);
			return grant;
		});
	}

	/** Runs a component-token call; renews the token once if WeChat rejects it (40001/42001). */
	async withComponentToken<T>(call: (componentToken: string) => Promise<T>): Promise<T> {
		const token = await this.componentToken();
		const first = await call(token).then(
			(value) => ({ value }),
			(error: unknown) => ({ error }),
		);
		if ('value' in first) return first.value;
		const refusedToken =
			first.error instanceof WeChatApiError && isTokenRejected(first.error.errcode);
		if (!refusedToken) return await Promise.reject(first.error);
		return await call(await this.componentToken(token));
	}

	/** Keeps a token another step produced (api_query_auth hands out the first authorizer token). */
	async remember(key: StoreKey, grant: Grant): Promise<void> {
		const expiresAt = this.options.now() + grant.expiresInSeconds * 1000;
		await this.options.secrets.write(key, grant.token, expiresAt);
		this.options.memory.tokens.set(memoryKey(key), { token: grant.token, expiresAt });
	}

	forgetInMemory(authorizerAppId: string): void {
		this.options.memory.tokens.delete(memoryKey({ kind: 'authorizerToken', authorizerAppId }));
	}

	/**
	 * A valid token: from this process, else from the store, else renewed by exactly one process.
	 * `rejected` is a token WeChat refused: it counts as invalid wherever it is found.
	 */
	private async obtain(key: StoreKey, rejected: string | undefined, fetch: Fetch): Promise<string> {
		const id = memoryKey(key);
		const held = this.options.memory.tokens.get(id);
		if (held && held.token !== rejected && this.isFresh(held.expiresAt)) return held.token;
		const pending = this.options.memory.inFlight.get(id);
		if (pending) return await pending;
		const request = this.fromStoreOrRenew(key, rejected, fetch).finally(() =>
			this.options.memory.inFlight.delete(id),
		);
		this.options.memory.inFlight.set(id, request);
		return await request;
	}

	/**
	 * The store's token when it is usable; else this process takes the renewal lease by
	 * compare-and-set and renews, or waits for the process that holds it, for as long as it holds
	 * it (the holder extends it while it works, so a slow grant is still one grant). A lease that
	 * ran out, or a row that is refused, is taken over by compare-and-set on its version.
	 */
	private async fromStoreOrRenew(
		key: StoreKey,
		rejected: string | undefined,
		fetch: Fetch,
	): Promise<string> {
		const { secrets, now, sleep } = this.options;
		const pollMs = this.options.leasePollMs ?? 100;
		let claimed: number | undefined;
		for (;;) {
			const entry = await secrets.read(key);
			if (entry && this.usable(entry, rejected))
				return this.keep(key, entry.secret, entry.expiresAt);
			if (entry && entry.leaseUntil > now()) {
				await sleep(pollMs); // Another process is renewing: its token will be stored.
				continue;
			}
			claimed = await secrets.claim(key, entry, now() + LEASE_MS);
			if (claimed !== undefined) break;
		}
		const lease = this.holdLease(key, claimed as number);
		const grant = await fetch().then(
			(value) => ({ value }),
			(error: unknown) => ({ error }),
		);
		const version = await lease.release();
		if ('error' in grant) {
			if (version !== undefined) await this.endLease(key, version).catch(() => {});
			return await Promise.reject(grant.error);
		}
		const expiresAt = now() + grant.value.expiresInSeconds * 1000;
		const stored =
			version !== undefined &&
			(await secrets.swap(key, version, { secret: grant.value.token, expiresAt, leaseUntil: 0 }));
		if (!stored) {
			// The lease was lost (this process stalled longer than a lease): whoever took it over
			// writes; this grant is still valid at WeChat for this execution.
			const taken = await secrets.read(key);
			if (taken && this.usable(taken, rejected))
				return this.keep(key, taken.secret, taken.expiresAt);
		}
		return this.keep(key, grant.value.token, expiresAt);
	}

	/**
	 * Extends the lease every third of its length until released, each time by compare-and-set on
	 * the version it holds. release() stops it and gives the version held, or undefined once
	 * another process has taken the lease over.
	 */
	private holdLease(key: StoreKey, claimed: number): { release(): Promise<number | undefined> } {
		const { secrets, now, sleep } = this.options;
		let version: number | undefined = claimed;
		let released = false;
		let wake: () => void = () => {};
		const stop = new Promise<void>((resolve) => (wake = resolve));
		const keepAlive = (async () => {
			while (!released && version !== undefined) {
				await Promise.race([sleep(LEASE_MS / 3), stop]);
				if (released) break;
				const held = await secrets.read(key);
				const extended: boolean =
					held?.version === version &&
					(await secrets.swap(key, version, {
						secret: held.secret,
						expiresAt: held.expiresAt,
						leaseUntil: now() + LEASE_MS,
					}));
				version = extended ? version + 1 : undefined;
			}
		})();
		return {
			release: async () => {
				released = true;
				wake();
				await keepAlive;
				return version;
			},
		};
	}

	/** After a failed grant: the row as it was, without the lease, so the next process tries at once. */
	private async endLease(key: StoreKey, version: number): Promise<void> {
		const held = await this.options.secrets.read(key);
		if (held?.version !== version) return;
		await this.options.secrets.swap(key, version, {
			secret: held.secret,
			expiresAt: held.expiresAt,
			leaseUntil: 0,
		});
	}

	private usable(entry: OpenedEntry, rejected: string | undefined): boolean {
		return entry.secret !== '' && entry.secret !== rejected && this.isFresh(entry.expiresAt);
	}

	private isFresh(expiresAt: number): boolean {
		return expiresAt - RENEW_MARGIN_MS > this.options.now();
	}

	private keep(key: StoreKey, token: string, expiresAt: number): string {
		this.options.memory.tokens.set(memoryKey(key), { token, expiresAt });
		return token;
	}
}

export const TICKET_KEY: StoreKey = { kind: 'verifyTicket', authorizerAppId: '' };
export const COMPONENT_KEY: StoreKey = { kind: 'componentToken', authorizerAppId: '' };

function memoryKey({ kind, authorizerAppId }: StoreKey): string {
	return `${kind}:${authorizerAppId}`;
}

/** Why no refresh token can be used, and what brings one back. */
function noRefreshToken(authorizerAppId: string, refused: RefusedBecause | undefined): string {
	const stored = `The authorizer_refresh_token stored for authorizer ${authorizerAppId}`;
	switch (refused) {
		case 'unreadable':
			return `${stored} does not open with this credential's Component App Secret: the App Secret was probably rotated (or the row comes from an older release, or was copied from another row). Run Third-Party Platform > Import Refresh Tokens once: it stores every merchant's refresh token again, sealed with the new secret`;
		case 'altered':
			return `${stored} was altered in the Data Table (its clear columns disagree with its seal) and is refused: run Third-Party Platform > Import Refresh Tokens to store it again from WeChat`;
		case 'forgotten':
			return `${stored} was sealed before Forget Authorizer ran for this merchant and is refused: after the merchant authorizes again, run Third-Party Platform > Exchange Authorization Code`;
		default:
			return `No authorizer_refresh_token is stored for authorizer ${authorizerAppId}: the merchant has not authorized the platform yet, or revoked it (run Third-Party Platform > Exchange Authorization Code after they authorize)`;
	}
}
