import type { PostJson } from '../accessToken';
import { isTokenRejected, WeChatApiError } from '../apiError';
import {
	fetchAuthorizerToken,
	fetchComponentToken,
	type Grant,
	type PlatformIdentity,
} from './componentApi';
import type { OpenedEntry, PlatformSecrets } from './platformSecrets';
import type { StoreKey } from './platformStore';

/** Renew this long before WeChat's stated expiry, so a token never dies mid-request. */
export const RENEW_MARGIN_MS = 5 * 60 * 1000;
/** How long a process may hold the right to renew a token before another may take it over. */
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
	/** Real time to wait while another process renews (not the injected clock). */
	sleep: (ms: number) => Promise<void>;
	/** How often a process that lost the lease re-reads the store (default 100 ms). */
	leasePollMs?: number;
	/** How long it waits for the lease holder's token before renewing itself (default 5 s). */
	leaseWaitMs?: number;
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
			if (!refresh?.secret) {
				throw new Error(
					`No authorizer_refresh_token is stored for authorizer ${authorizerAppId}: the merchant has not authorised the platform yet, or revoked it (run Third-Party Platform > Exchange Authorization Code after they authorise)`,
				);
			}
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

	private async fromStoreOrRenew(
		key: StoreKey,
		rejected: string | undefined,
		fetch: Fetch,
	): Promise<string> {
		const { secrets, now, sleep } = this.options;
		const pollMs = this.options.leasePollMs ?? 100;
		const polls = Math.ceil((this.options.leaseWaitMs ?? 5000) / pollMs);
		let entry: OpenedEntry | undefined;
		for (let poll = 0; ; poll++) {
			entry = await secrets.read(key);
			if (entry && this.usable(entry, rejected))
				return this.keep(key, entry.secret, entry.expiresAt);
			const leasedByOther = entry !== undefined && entry.leaseUntil > now();
			if (!leasedByOther && (await secrets.store.claim(key, entry?.version ?? 0, now() + LEASE_MS)))
				break;
			// Another process is renewing: its token will be in the store in a moment.
			if (poll >= polls) break; // It seems to have died: renew here (bounded extra call).
			await sleep(pollMs);
		}
		const grant = await fetch();
		const expiresAt = now() + grant.expiresInSeconds * 1000;
		await secrets.write(key, grant.token, expiresAt);
		return this.keep(key, grant.token, expiresAt);
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
