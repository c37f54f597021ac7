import type {
	AddDataTableColumnOptions,
	CreateDataTableOptions,
	DataTable,
	DataTableColumn,
	DataTableFilter,
	DataTableProxyProvider,
	DataTableRow,
	DataTableRowReturn,
	IDataTableProjectAggregateService,
	IDataTableProjectService,
	ListDataTableOptions,
	ListDataTableRowsOptions,
} from 'n8n-workflow';

/**
 * The only node types n8n serves its Data Tables to (DataTableProxyService's ALLOWED_NODES in
 * n8n 2.41.1, and still so on n8n's main branch): every other node, a community node included,
 * gets "This proxy is only available for Data table nodes".
 */
export const N8N_DATA_TABLE_NODE_TYPES = [
	'n8n-nodes-base.dataTable',
	'n8n-nodes-base.dataTableTool',
	'n8n-nodes-base.evaluationTrigger',
	'n8n-nodes-base.evaluation',
];

interface Table {
	table: DataTable;
	rows: DataTableRowReturn[];
	nextId: number;
}

/**
 * n8n's Data Tables for tests: one in-memory database that every "process" of a test shares. It
 * is what testkit/servers/fakeN8nApi.ts serves as n8n's public API (how the Third-Party Platform
 * mode reaches Data Tables), and it can stand in n8n-core's
 * `additionalData['data-table'].dataTableProxyProvider`, where with `asN8n: true` it refuses every
 * node type but n8n's own Data Table nodes, as n8n 2.41.1 does (N8N_DATA_TABLE_NODE_TYPES). Each
 * operation completes before another starts (like single SQL statements), so updateRows with a
 * filter is a compare-and-set, as UPDATE ... WHERE is in Postgres. As in n8n 2.41.1 (read in its
 * data-table-rows.repository), updateRows returns the updated rows ([] when none matched) and
 * there is no unique key on rows: two inserts of one key leave two rows. `operations` counts calls.
 */
export class InMemoryDataTables implements DataTableProxyProvider {
	readonly tables = new Map<string, Table>();
	operations = 0;

	constructor(private readonly options: { asN8n?: boolean } = {}) {}

	private checkNode(node: { type: string } | undefined): void {
		if (this.options.asN8n && !N8N_DATA_TABLE_NODE_TYPES.includes(node?.type ?? ''))
			throw new Error('This proxy is only available for Data table nodes');
	}

	async getDataTableAggregateProxy(
		_workflow?: unknown,
		node?: { type: string },
	): Promise<IDataTableProjectAggregateService> {
		this.checkNode(node);
		return {
			getProjectId: () => 'test-project',
			createDataTable: async (options: CreateDataTableOptions) => this.create(options),
			getManyAndCount: async (options: ListDataTableOptions) => {
				this.operations++;
				const name = options.filter?.name;
				const data = [...this.tables.values()]
					.map(({ table }) => table)
					.filter((table) => name === undefined || table.name === name);
				return { count: data.length, data };
			},
			deleteDataTableAll: async () => {
				this.tables.clear();
				return true;
			},
		};
	}

	async getDataTableProxy(
		_workflow: unknown,
		node: { type: string } | undefined,
		id: string,
	): Promise<IDataTableProjectService> {
		this.checkNode(node);
		const entry = this.tables.get(id);
		if (!entry) throw new Error(`Data table ${id} does not exist`);
		const count = <T>(value: T): T => {
			this.operations++;
			return value;
		};
		return {
			updateDataTable: async () => true,
			deleteDataTable: async () => this.tables.delete(id),
			getColumns: async () => entry.table.columns,
			addColumn: async (options: AddDataTableColumnOptions) => addColumn(entry.table, options),
			moveColumn: async () => true,
			deleteColumn: async () => true,
			getManyRowsAndCount: async (options: Partial<ListDataTableRowsOptions>) => {
				const data = entry.rows.filter((row) => matches(row, options.filter)).map(copy);
				return count({ count: data.length, data });
			},
			insertRows: async (rows: DataTableRow[]) => {
				const now = new Date();
				const inserted = rows.map((row) => {
					const stored = { ...row, id: entry.nextId++, createdAt: now, updatedAt: now };
					entry.rows.push(stored as DataTableRowReturn);
					return { id: stored.id };
				});
				return count(inserted) as never;
			},
			updateRows: async ({ filter, data }) => {
				const hit = entry.rows.filter((row) => matches(row, filter));
				for (const row of hit) Object.assign(row, data, { updatedAt: new Date() });
				return count(hit.map(copy));
			},
			upsertRow: async ({ filter, data }) => {
				const hit = entry.rows.filter((row) => matches(row, filter));
				for (const row of hit) Object.assign(row, data, { updatedAt: new Date() });
				if (hit.length > 0) return count(hit.map(copy));
				const now = new Date();
				const row = { ...data, id: entry.nextId++, createdAt: now, updatedAt: now };
				entry.rows.push(row as DataTableRowReturn);
				return count([copy(row as DataTableRowReturn)]);
			},
			deleteRows: async ({ filter }) => {
				const gone = entry.rows.filter((row) => matches(row, filter));
				entry.rows = entry.rows.filter((row) => !gone.includes(row));
				return count(gone);
			},
			clearRows: async () => {
				const deletedCount = entry.rows.length;
				entry.rows = [];
				return { deletedCount };
			},
		};
	}

	/** Every row of every table, as n8n's Data Table UI would show it. */
	allRows(): DataTableRowReturn[] {
		return [...this.tables.values()].flatMap(({ rows }) => rows.map(copy));
	}

	private create(options: CreateDataTableOptions): DataTable {
		if ([...this.tables.values()].some(({ table }) => table.name === options.name))
			throw new Error(`Data table with name "${options.name}" already exists in this project`);
		const id = `dt${this.tables.size + 1}`;
		const table: DataTable = {
			id,
			name: options.name,
			columns: [],
			createdAt: new Date(),
			updatedAt: new Date(),
			projectId: 'test-project',
		};
		for (const column of options.columns) addColumn(table, column);
		this.tables.set(id, { table, rows: [], nextId: 1 });
		return table;
	}
}

function addColumn(table: DataTable, options: AddDataTableColumnOptions): DataTableColumn {
	const column = {
		id: `${table.id}-c${table.columns.length}`,
		name: options.name,
		type: options.type,
		index: table.columns.length,
		dataTableId: table.id,
	};
	table.columns.push(column);
	return column;
}

function matches(row: DataTableRow, filter: DataTableFilter | undefined): boolean {
	if (!filter || filter.filters.length === 0) return true;
	const results = filter.filters.map(({ columnName, condition, value }) => {
		const actual = row[columnName];
		switch (condition) {
			case 'eq':
				return actual === value;
			case 'neq':
				return actual !== value;
			case 'gt':
				return Number(actual) > Number(value);
			case 'gte':
				return Number(actual) >= Number(value);
			case 'lt':
				return Number(actual) < Number(value);
			case 'lte':
				return Number(actual) <= Number(value);
			case 'isEmpty':
				return actual === null || actual === undefined || actual === '';
			case 'isNotEmpty':
				return !(actual === null || actual === undefined || actual === '');
			default:
				throw new Error(`filter condition ${condition} is not simulated`);
		}
	});
	return filter.type === 'or' ? results.includes(true) : results.every(Boolean);
}

function copy(row: DataTableRowReturn): DataTableRowReturn {
	return { ...row };
}
