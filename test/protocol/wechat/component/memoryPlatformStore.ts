import type {
	PlatformStore,
	StoreKey,
	StoredEntry,
} from '../../../../nodes/protocol/wechat/component/platformStore';

/**
 * The shared-store contract kept in memory, with the compare-and-set a database UPDATE ... WHERE
 * version = seen gives: what two token chains of two "processes" share in the protocol tests.
 * Every call yields to the event loop first, as a database round trip does, so chains interleave.
 */
export class MemoryPlatformStore implements PlatformStore {
	readonly rows = new Map<string, StoredEntry>();

	async read(key: StoreKey): Promise<StoredEntry | undefined> {
		await roundTrip();
		const row = this.rows.get(idOf(key));
		return row ? { ...row } : undefined;
	}

	async write(key: StoreKey, value: { sealed: string; expiresAt: number }): Promise<void> {
		await roundTrip();
		const version = (this.rows.get(idOf(key))?.version ?? 0) + 1;
		this.rows.set(idOf(key), { ...value, version, leaseUntil: 0 });
	}

	async claim(key: StoreKey, seenVersion: number, leaseUntil: number): Promise<boolean> {
		await roundTrip();
		const row = this.rows.get(idOf(key));
		if ((row?.version ?? 0) !== seenVersion) return false;
		this.rows.set(idOf(key), {
			sealed: row?.sealed ?? '',
			expiresAt: row?.expiresAt ?? 0,
			version: seenVersion + 1,
			leaseUntil,
		});
		return true;
	}

	async forget(authorizerAppId: string): Promise<void> {
		await roundTrip();
		for (const id of [...this.rows.keys()])
			if (id.endsWith(`:${authorizerAppId}`)) this.rows.delete(id);
	}
}

function idOf({ kind, authorizerAppId }: StoreKey): string {
	return `${kind}:${authorizerAppId}`;
}

async function roundTrip(): Promise<void> {
	await new Promise((resolve) => setImmediate(resolve));
}
