import type {
	DataTableFilter,
	DataTableRowReturn,
	IExecuteFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
} from 'n8n-workflow';

/** Where n8n's public API is and the key it takes (from the platform credential). */
export interface N8nApiAccess {
	/** The public API's base, e.g. http://127.0.0.1:5678/api/v1 */
	baseUrl: string;
	apiKey: string;
}

export interface TableColumn {
	name: string;
	type: 'string' | 'number' | 'boolean' | 'date';
}

/** A Data Table that is gone (deleted in n8n's UI): the caller finds or creates it again. */
export class DataTableGone extends Error {}

/**
 * n8n's Data Tables through n8n's public API (`/api/v1/data-tables`). n8n 2.41.1 serves
 * `helpers.getDataTableProxy` only to its own Data table nodes, so this API is how a community
 * node keeps state in n8n's database. Every call names the endpoint and n8n's HTTP status on
 * failure; the API key never appears in an error.
 */
export class N8nDataTablesApi {
	constructor(
		private readonly ctx: IExecuteFunctions | ILoadOptionsFunctions,
		private readonly access: N8nApiAccess,
	) {}

	async findTable(name: string): Promise<string | undefined> {
		const answer = (await this.call('GET', '/data-tables', {
			qs: { filter: JSON.stringify({ name }), limit: 10 },
		})) as { data?: Array<{ id: string; name: string }> };
		return answer.data?.find((table) => table.name === name)?.id;
	}

	/** Undefined when n8n answers 409: a table of that name exists (another process made it). */
	async createTable(name: string, columns: readonly TableColumn[]): Promise<string | undefined> {
		const table = (await this.call('POST', '/data-tables', { body: { name, columns } }, [409])) as
			| { id: string }
			| undefined;
		return table?.id;
	}

	async rows(tableId: string, filter: DataTableFilter): Promise<DataTableRowReturn[]> {
		const answer = (await this.call('GET', `/data-tables/${tableId}/rows`, {
			qs: { filter: JSON.stringify(filter), limit: 250 },
		})) as { data?: DataTableRowReturn[] };
		return answer.data ?? [];
	}

	/** The ids n8n gave the new rows, in order. */
	async insert(tableId: string, rows: Array<Record<string, unknown>>): Promise<number[]> {
		const answer = (await this.call('POST', `/data-tables/${tableId}/rows`, {
			body: { data: rows, returnType: 'id' },
		})) as Array<{ id: number }>;
		return answer.map(({ id }) => Number(id));
	}

	/**
	 * The rows n8n updated ([] when none matched the filter). n8n runs it as one
	 * `UPDATE ... WHERE <filter> RETURNING` in a transaction, so a filter on a version column is a
	 * compare-and-set.
	 */
	async update(
		tableId: string,
		filter: DataTableFilter,
		data: Record<string, unknown>,
	): Promise<DataTableRowReturn[]> {
		const answer = await this.call('PATCH', `/data-tables/${tableId}/rows/update`, {
			body: { filter, data, returnData: true },
		});
		return Array.isArray(answer) ? (answer as DataTableRowReturn[]) : [];
	}

	async delete(tableId: string, filter: DataTableFilter): Promise<void> {
		await this.call('DELETE', `/data-tables/${tableId}/rows/delete`, {
			qs: { filter: JSON.stringify(filter) },
		});
	}

	/** n8n's answer's body; undefined for a status in `tolerated`. */
	private async call(
		method: IHttpRequestOptions['method'],
		path: string,
		options: Pick<IHttpRequestOptions, 'qs' | 'body'>,
		tolerated: number[] = [],
	): Promise<unknown> {
		const endpoint = `${method} ${path.replace(/\/data-tables\/[^/]+/, '/data-tables/{id}')}`;
		const answer = (await this.ctx.helpers
			.httpRequest({
				method,
				url: `${this.access.baseUrl}${path}`,
				headers: { 'X-N8N-API-KEY': this.access.apiKey, accept: 'application/json' },
				json: true,
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
				...options,
			})
			.catch((error: unknown) => ({ unreachable: error }))) as
			| { statusCode: number; body: unknown }
			| { unreachable: unknown };
		if ('unreachable' in answer) {
			const reason =
				answer.unreachable instanceof Error
					? answer.unreachable.message
					: String(answer.unreachable);
			// The key may be anywhere: pasted into the URL, echoed by a proxy, in the reason twice.
			throw new Error(
				redacted(
					`n8n's API at ${this.access.baseUrl} cannot be reached (${endpoint}: ${reason}). Set "n8n API URL" in the Third-Party Platform credential to an address every n8n process reaches`,
					this.access.apiKey,
				),
			);
		}
		if (answer.statusCode < 300) return answer.body;
		if (tolerated.includes(answer.statusCode)) return undefined;
		if (answer.statusCode === 404 && path.startsWith('/data-tables/'))
			throw new DataTableGone(`${endpoint}: the Data Table is gone`);
		const refused = new N8nApiError(endpoint, answer.statusCode, answer.body);
		refused.message = redacted(refused.message, this.access.apiKey);
		throw refused;
	}
}

/** The text with every copy of the key replaced (String.replace with a string swaps only the first). */
export function redacted(text: string, apiKey: string): string {
	return apiKey ? text.split(apiKey).join('***') : text;
}

const STATUS_MEANINGS: Record<number, string> = {
	401: 'n8n refused the API key: create one in n8n under Settings > n8n API and put it in the Third-Party Platform credential',
	403: "the API key's user may not use Data Tables in its project, or the key lacks the dataTable and dataTableRow scopes",
	409: 'a Data Table of that name already exists',
};

export class N8nApiError extends Error {
	constructor(
		endpoint: string,
		readonly status: number,
		body: unknown,
	) {
		const said =
			body && typeof body === 'object' && 'message' in body ? String(body.message) : undefined;
		const meaning = STATUS_MEANINGS[status] ?? said ?? 'unexpected answer';
		super(
			`n8n's API ${endpoint} answered HTTP ${status}: ${meaning}${said && STATUS_MEANINGS[status] ? ` (${said})` : ''}`,
		);
	}
}
