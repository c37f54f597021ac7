/**
 * What the platform keeps where every n8n process reads it. Values are sealed (see SecretSealer)
 * before they reach a store; kind, authorizer App ID, expiry and version are in the clear.
 */
export type StoredKind = 'verifyTicket' | 'componentToken' | 'authorizerToken' | 'refreshToken';

export interface StoredEntry {
	/** The sealed secret; empty while a row only holds a lease. */
	sealed: string;
	/** Epoch ms after which the secret is no longer valid; 0 = no expiry. */
	expiresAt: number;
	/** Grows by one with every claim and every write: the compare-and-set handle. */
	version: number;
	/** Epoch ms until which one process holds the right to renew this entry. */
	leaseUntil: number;
}

export interface StoreKey {
	kind: StoredKind;
	/** The merchant's App ID; '' for platform-wide entries (ticket, component token). */
	authorizerAppId: string;
}

export interface PlatformStore {
	read(key: StoreKey): Promise<StoredEntry | undefined>;
	/** Stores a secret, ends any lease and moves the version on. */
	write(key: StoreKey, value: { sealed: string; expiresAt: number }): Promise<void>;
	/**
	 * Takes the renewal lease if the entry is still at `seenVersion` (0: no entry yet).
	 * True for exactly one of the processes that saw that version (compare-and-set).
	 */
	claim(key: StoreKey, seenVersion: number, leaseUntil: number): Promise<boolean>;
	/** Removes everything stored for a merchant. */
	forget(authorizerAppId: string): Promise<void>;
}
