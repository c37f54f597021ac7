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
		const tables = await getDataTableAggregateProxy().catch((error: unknown) => {
			throw explainRefusal(error);
		});
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
		if (seenVersion === 0) return await this.claimFirstRow(key, leaseUntil);
		const filter = filterOf(key);
		filter.filters.push({ columnName: 'version', condition: 'eq', value: seenVersion });
		// n8n 2.41.1 runs this as one UPDATE ... WHERE version = seen RETURNING (Postgres, read
		// committed): a second process's UPDATE waits for the first, then matches no row and gets [].
		const updated = await this.table.updateRows({
			filter,
			data: { version: seenVersion + 1, leaseUntil },
		});
		return updated.length > 0;
	}

	/**
	 * A Data Table has no unique key, so two processes that both found no row both insert one.
	 * The oldest row (lowest id) decides: only the process that inserted it holds the lease. The
	 * other row stays; it has the same version, so every later write and claim moves both. Only a
	 * process whose insert commits after the other's re-read can still win twice (one extra
	 * token request, once per entry).
	 */
	private async claimFirstRow(key: StoreKey, leaseUntil: number): Promise<boolean> {
		if (await this.read(key)) return false;
		const [mine] = await this.table.insertRows(
			[{ ...key, sealed: '', expiresAt: 0, version: 1, leaseUntil }],
			'id',
		);
		const { data } = await this.table.getManyRowsAndCount({ filter: filterOf(key) });
		return Math.min(...data.map((row) => Number(row.id))) === Number(mine.id);
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

/**
 * n8n 2.41.1 gives its Data Tables only to its own Data table and Evaluation nodes
 * (DataTableProxyService); a community node gets a bare "only available for Data table nodes".
 */
function explainRefusal(error: unknown): unknown {
	const message = error instanceof Error ? error.message : String(error);
	if (!/only available for Data table nodes/i.test(message)) return error;
	return new Error(
		`This n8n refuses its Data Tables to community nodes ("${message}"), and the Third-Party Platform mode keeps the ticket and tokens every n8n process shares in one. Act for the merchant with a WeChat Mini Program API credential in "Third-Party Platform: Authorizer Access Token" mode instead`,
	);
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
