import type {
	PlatformStore,
	StoredEntry,
	StoredKind,
	StoreKey,
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

	async swap(key: StoreKey, seenVersion: number, next: StoredEntry): Promise<boolean> {
		await roundTrip();
		if ((this.rows.get(idOf(key))?.version ?? 0) !== seenVersion) return false;
		this.rows.set(idOf(key), { ...next });
		return true;
	}

	async forget(authorizerAppId: string, keep: StoredKind[]): Promise<void> {
		await roundTrip();
		for (const id of [...this.rows.keys()]) {
			const [kind, appId] = id.split(':') as [StoredKind, string];
			if (appId === authorizerAppId && !keep.includes(kind)) this.rows.delete(id);
		}
	}
}

function idOf({ kind, authorizerAppId }: StoreKey): string {
	return `${kind}:${authorizerAppId}`;
}

async function roundTrip(): Promise<void> {
	await new Promise((resolve) => setImmediate(resolve));
}
