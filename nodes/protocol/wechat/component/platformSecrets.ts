import type { PlatformStore, StoreKey, StoredEntry } from './platformStore';
import type { SecretSealer } from './sealedSecrets';

export interface OpenedEntry extends StoredEntry {
	/** The plaintext secret; '' when the entry only holds a lease or does not open with this key. */
	secret: string;
}

/** A PlatformStore seen through the sealer: plaintext in, sealed at rest. */
export class PlatformSecrets {
	constructor(
		readonly store: PlatformStore,
		private readonly sealer: SecretSealer,
	) {}

	async read(key: StoreKey): Promise<OpenedEntry | undefined> {
		const entry = await this.store.read(key);
		if (!entry) return undefined;
		const secret = entry.sealed ? (this.sealer.open(entry.sealed, labelOf(key)) ?? '') : '';
		return { ...entry, secret };
	}

	async write(key: StoreKey, secret: string, expiresAt: number): Promise<void> {
		await this.store.write(key, { sealed: this.sealer.seal(secret, labelOf(key)), expiresAt });
	}

	/** Seals a value for carrying outside the store (the trigger's ticket), under the same key. */
	sealFor(key: StoreKey, secret: string): string {
		return this.sealer.seal(secret, labelOf(key));
	}

	openFrom(key: StoreKey, sealed: string): string | undefined {
		return this.sealer.open(sealed, labelOf(key));
	}
}

export function labelOf({ kind, authorizerAppId }: StoreKey): string {
	return `${kind}:${authorizerAppId}`;
}
