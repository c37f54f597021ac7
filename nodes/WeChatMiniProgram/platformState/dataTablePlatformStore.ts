import type { DataTableFilter, DataTableRowReturn } from 'n8n-workflow';

import type {
	PlatformStore,
	StoredEntry,
	StoredKind,
	StoreKey,
} from '../../protocol/wechat/component/platformStore';
import { DataTableGone } from './n8nDataTablesApi';
import type { N8nDataTablesApi } from './n8nDataTablesApi';

const COLUMNS = [
	{ name: 'kind', type: 'string' },
	{ name: 'authorizerAppId', type: 'string' },
	{ name: 'sealed', type: 'string' },
	{ name: 'expiresAt', type: 'number' },
	{ name: 'version', type: 'number' },
	{ name: 'leaseUntil', type: 'number' },
] as const;

/** The Data Table the node keeps for one platform: found by name, created on first use. */
export function platformTableName(componentAppId: string): string {
	return `WeChat platform ${componentAppId}`;
}

/**
 * The platform's shared state in an n8n Data Table (in n8n's database, so every main, worker and
 * webhook process reads the same rows), reached through n8n's public API. One row per (kind,
 * authorizer); what the node trusts is in the sealed column (PlatformSecrets), the other
 * columns repeat it for the compare-and-set and for people.
 */
export class DataTablePlatformStore implements PlatformStore {
	private constructor(
		private readonly api: N8nDataTablesApi,
		private readonly name: string,
		private readonly tableIds: Map<string, string>,
		private readonly cacheKey: string,
	) {}

	static async open(
		api: N8nDataTablesApi,
		componentAppId: string,
		/** Table ids this process found or created, by n8n API and name (TransportCaches). */
		tableIds: Map<string, string>,
		apiBaseUrl: string,
	): Promise<DataTablePlatformStore> {
		const name = platformTableName(componentAppId);
		const store = new DataTablePlatformStore(api, name, tableIds, `${apiBaseUrl} ${name}`);
		if (!tableIds.has(store.cacheKey))
			tableIds.set(store.cacheKey, await findOrCreateTable(api, name));
		return store;
	}

	/** Runs `work` on the table; a table deleted in n8n's UI is found or created again, empty. */
	private async onTable<T>(work: (tableId: string) => Promise<T>): Promise<T> {
		const id = this.tableIds.get(this.cacheKey) ?? (await findOrCreateTable(this.api, this.name));
		const gone = Symbol('gone');
		const result = await work(id).catch((error: unknown) => {
			if (error instanceof DataTableGone) return gone;
			throw error;
		});
		if (result !== gone) return result as T;
		const again = await findOrCreateTable(this.api, this.name);
		this.tableIds.set(this.cacheKey, again);
		return await work(again);
	}

	async read(key: StoreKey): Promise<StoredEntry | undefined> {
		const rows = await this.onTable(async (id) => await this.api.rows(id, filterOf(key)));
		// Two processes inserting a first row at once leave two rows: the newest version wins,
		// the oldest row among equals, so every process reads the same one.
		const row = rows.sort(
			(a, b) => Number(b.version) - Number(a.version) || Number(a.id) - Number(b.id),
		)[0];
		return row ? entryOf(row) : undefined;
	}

	async swap(key: StoreKey, seenVersion: number, next: StoredEntry): Promise<boolean> {
		if (seenVersion === 0) return await this.insertFirstRow(key, next);
		const filter = filterOf(key);
		filter.filters.push({ columnName: 'version', condition: 'eq', value: seenVersion });
		// n8n 2.41.1 runs this as one UPDATE ... WHERE version = seen RETURNING (Postgres, read
		// committed): a second process's UPDATE waits for the first, then matches no row and gets [].
		const updated = await this.onTable(
			async (id) => await this.api.update(id, filter, { ...next }),
		);
		return updated.length > 0;
	}

	/**
	 * A Data Table has no unique key, so two processes that both found no row both insert one.
	 * The oldest row (lowest id) decides: only the process that inserted it wins, and read()
	 * returns it to everyone. The other row stays; it has the same version, so the next swap
	 * replaces both. Only a process whose insert commits after the other's re-read can still
	 * win twice (one extra token request, once per entry).
	 */
	private async insertFirstRow(key: StoreKey, next: StoredEntry): Promise<boolean> {
		if (await this.read(key)) return false;
		return await this.onTable(async (id) => {
			const [mine] = await this.api.insert(id, [{ ...key, ...next }]);
			const rows = await this.api.rows(id, filterOf(key));
			return Math.min(...rows.map((row) => Number(row.id))) === mine;
		});
	}

	async forget(authorizerAppId: string, keep: StoredKind[]): Promise<void> {
		const filters: DataTableFilter['filters'] = [
			{ columnName: 'authorizerAppId', condition: 'eq', value: authorizerAppId },
			...keep.map((kind) => ({ columnName: 'kind', condition: 'neq' as const, value: kind })),
		];
		await this.onTable(async (id) => await this.api.delete(id, { type: 'and', filters }));
	}
}

async function findOrCreateTable(api: N8nDataTablesApi, name: string): Promise<string> {
	// Another process may create it at the same moment (names are unique per project: 409).
	const id =
		(await api.findTable(name)) ??
		(await api.createTable(name, COLUMNS)) ??
		(await api.findTable(name));
	if (!id) throw new Error(`The Data Table "${name}" could not be created through n8n's API`);
	return id;
}

function filterOf({ kind, authorizerAppId }: StoreKey): DataTableFilter {
	return {
		type: 'and',
		filters: [
			{ columnName: 'kind', condition: 'eq', value: kind },
			{ columnName: 'authorizerAppId', condition: 'eq', value: authorizerAppId },
		],
	};
}

function entryOf(row: DataTableRowReturn): StoredEntry {
	return {
		sealed: String(row.sealed ?? ''),
		expiresAt: Number(row.expiresAt ?? 0),
		version: Number(row.version ?? 0),
		leaseUntil: Number(row.leaseUntil ?? 0),
	};
}
