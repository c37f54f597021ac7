import type {
	DataTableFilter,
	DataTableRowReturn,
	IDataTableProjectService,
	IExecuteFunctions,
	ILoadOptionsFunctions,
} from 'n8n-workflow';

import type {
	PlatformStore,
	StoreKey,
	StoredEntry,
} from '../../protocol/wechat/component/platformStore';

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
 * webhook process reads the same rows). One row per (kind, authorizer); the secret is sealed.
 */
export class DataTablePlatformStore implements PlatformStore {
	private constructor(private readonly table: IDataTableProjectService) {}

	static async open(
		ctx: IExecuteFunctions | ILoadOptionsFunctions,
		componentAppId: string,
		/** Table ids this process found or created, by project and name (TransportCaches). */
		tableIds: Map<string, string>,
	): Promise<DataTablePlatformStore> {
		const { getDataTableAggregateProxy, getDataTableProxy } = ctx.helpers;
		if (!getDataTableAggregateProxy || !getDataTableProxy) {
			throw new Error(
				'This n8n offers no Data Tables to this node: the Third-Party Platform mode keeps the ticket and tokens in one (n8n 1.113 or later)',
			);
		}
		const name = platformTableName(componentAppId);
		const tables = await getDataTableAggregateProxy();
		const cacheKey = `${tables.getProjectId()}:${name}`;
		const cached = tableIds.get(cacheKey);
		// A table deleted in n8n's UI is found or created again, with nothing stored.
		const table = cached ? await getDataTableProxy(cached).catch(() => undefined) : undefined;
		if (table) return new DataTablePlatformStore(table);
		const id = await findOrCreateTable(tables, name);
		tableIds.set(cacheKey, id);
		return new DataTablePlatformStore(await getDataTableProxy(id));
	}

	async read(key: StoreKey): Promise<StoredEntry | undefined> {
		const { data } = await this.table.getManyRowsAndCount({ filter: filterOf(key) });
		// Two processes inserting a first row at once leave two rows: the newest version wins.
		const row = data.sort((a, b) => Number(b.version) - Number(a.version))[0];
		return row ? entryOf(row) : undefined;
	}

	async write(key: StoreKey, value: { sealed: string; expiresAt: number }): Promise<void> {
		const current = await this.read(key);
		const data = {
			sealed: value.sealed,
			expiresAt: value.expiresAt,
			version: (current?.version ?? 0) + 1,
			leaseUntil: 0,
		};
		if (current) await this.table.updateRows({ filter: filterOf(key), data });
		else await this.table.insertRows([{ ...key, ...data }], 'id');
	}

	async claim(key: StoreKey, seenVersion: number, leaseUntil: number): Promise<boolean> {
		if (seenVersion === 0) {
			if (await this.read(key)) return false;
			await this.table.insertRows(
				[{ ...key, sealed: '', expiresAt: 0, version: 1, leaseUntil }],
				'id',
			);
			return true;
		}
		const filter = filterOf(key);
		filter.filters.push({ columnName: 'version', condition: 'eq', value: seenVersion });
		// UPDATE ... WHERE version = seen: in n8n's database only one process can match it.
		const updated = await this.table.updateRows({
			filter,
			data: { version: seenVersion + 1, leaseUntil },
		});
		return updated.length > 0;
	}

	async forget(authorizerAppId: string): Promise<void> {
		await this.table.deleteRows({
			filter: {
				type: 'and',
				filters: [{ columnName: 'authorizerAppId', condition: 'eq', value: authorizerAppId }],
			},
		});
	}
}

async function findOrCreateTable(
	tables: Awaited<
		ReturnType<NonNullable<IExecuteFunctions['helpers']['getDataTableAggregateProxy']>>
	>,
	name: string,
): Promise<string> {
	let id = await findTable(tables, name);
	if (id) return id;
	try {
		id = (await tables.createDataTable({ name, columns: [...COLUMNS] })).id;
	} catch {
		// Another process created it at the same moment (names are unique per project).
		id = await findTable(tables, name);
	}
	if (!id) throw new Error(`The Data Table "${name}" could not be created`);
	return id;
}

async function findTable(
	tables: Awaited<
		ReturnType<NonNullable<IExecuteFunctions['helpers']['getDataTableAggregateProxy']>>
	>,
	name: string,
): Promise<string | undefined> {
	const { data } = await tables.getManyAndCount({ filter: { name }, take: 10 });
	return data.find((table) => table.name === name)?.id;
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
