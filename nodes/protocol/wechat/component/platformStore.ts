/**
 * What the platform keeps where every n8n process reads it. A row's `sealed` value carries
 * everything the node trusts (the secret, its expiry, the row's version and lease, the
 * merchant's generation: see PlatformSecrets); the clear columns repeat some of it for the
 * compare-and-set and for a person looking at the table, and a row whose clear columns disagree
 * with its seal is refused.
 */
export type StoredKind =
	| 'verifyTicket'
	| 'componentToken'
	| 'authorizerToken'
	| 'refreshToken'
	/** The merchant's generation id: Forget Authorizer replaces it, so older rows stop opening. */
	| 'authorizerGeneration';

export interface StoredEntry {
	/** The sealed content (PlatformSecrets). */
	sealed: string;
	/** Epoch ms after which the secret is no longer valid; 0 = no expiry. Repeats the seal's. */
	expiresAt: number;
	/** Grows by one with every swap: the compare-and-set handle. Repeats the seal's. */
	version: number;
	/** Epoch ms until which one process holds the right to renew this entry. Repeats the seal's. */
	leaseUntil: number;
}

export interface StoreKey {
	kind: StoredKind;
	/** The merchant's App ID; '' for platform-wide entries (ticket, component token). */
	authorizerAppId: string;
}

export interface PlatformStore {
	read(key: StoreKey): Promise<StoredEntry | undefined>;
	/**
	 * Replaces the entry with `next` (whose version is `seenVersion + 1`) if it is still at
	 * `seenVersion` (0: no entry yet). True for exactly one of the processes that saw that
	 * version (compare-and-set).
	 */
	swap(key: StoreKey, seenVersion: number, next: StoredEntry): Promise<boolean>;
	/** Removes what is stored for a merchant, except the kinds in `keep`. */
	forget(authorizerAppId: string, keep: StoredKind[]): Promise<void>;
}
