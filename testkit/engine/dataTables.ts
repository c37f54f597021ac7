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

interface Table {
	table: DataTable;
	rows: DataTableRowReturn[];
	nextId: number;
}

/**
 * n8n's Data Tables for tests: one in-memory database that every "process" of a test shares, given
 * to n8n-core as `additionalData['data-table'].dataTableProxyProvider` the way n8n does. Each
 * operation completes before another starts (like single SQL statements), so updateRows with a
 * filter is a compare-and-set, as UPDATE ... WHERE is in Postgres. `operations` counts calls.
 */
export class InMemoryDataTables implements DataTableProxyProvider {
	readonly tables = new Map<string, Table>();
	operations = 0;

	async getDataTableAggregateProxy(): Promise<IDataTableProjectAggregateService> {
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
		_node: unknown,
		id: string,
	): Promise<IDataTableProjectService> {
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
