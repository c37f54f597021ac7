import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { DataTableFilter } from 'n8n-workflow';

import { InMemoryDataTables } from '../engine/dataTables';

/**
 * The Data Table part of n8n's public API (`/api/v1/data-tables`, n8n 2.41.1's openapi.yml) over
 * one in-memory database: what the Third-Party Platform mode reaches through the platform
 * credential's n8n API URL and key. Checks the X-N8N-API-KEY header (401), answers 404 for a table
 * that is gone and 409 for a second table of one name, and takes filters as n8n does (JSON in the
 * query). Every "process" of a test that is given the same URL shares one database.
 */
export class FakeN8nApi {
	readonly apiKey = 'n8n_api_test-key-0f1e2d3c4b5a69788796a5b4';
	private server?: Server;
	requests = 0;

	constructor(readonly dataTables = new InMemoryDataTables()) {}

	get url(): string {
		const address = this.server?.address() as AddressInfo | undefined;
		if (!address) throw new Error('the fake n8n API is not started');
		return `http://127.0.0.1:${address.port}/api/v1`;
	}

	async start(): Promise<this> {
		this.server = createServer((request, response) => {
			void this.answer(request, response);
		});
		// Tests that forget to stop it must not hang Jest.
		this.server.unref();
		await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
		return this;
	}

	async stop(): Promise<void> {
		await new Promise<void>((resolve) =>
			this.server ? this.server.close(() => resolve()) : resolve(),
		);
	}

	private async answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
		this.requests++;
		const send = (status: number, body?: unknown) => {
			response.writeHead(status, { 'content-type': 'application/json' });
			response.end(body === undefined ? '' : JSON.stringify(body));
		};
		try {
			if (request.headers['x-n8n-api-key'] !== this.apiKey)
				return send(401, { message: "'X-N8N-API-KEY' header required" });
			const url = new URL(request.url ?? '/', 'http://127.0.0.1');
			const body = await readJson(request);
			const filter = () =>
				JSON.parse(
					url.searchParams.get('filter') ?? '{"type":"and","filters":[]}',
				) as DataTableFilter;
			const tables = await this.dataTables.getDataTableAggregateProxy();
			const route = `${request.method} ${url.pathname.replace(/^\/api\/v1/, '')}`;
			if (route === 'GET /data-tables') {
				const wanted = JSON.parse(url.searchParams.get('filter') ?? '{}') as { name?: string };
				const { data } = await tables.getManyAndCount({ filter: wanted, take: 100 });
				return send(200, { data, nextCursor: null });
			}
			if (route === 'POST /data-tables') {
				const { name, columns } = body as { name: string; columns: never[] };
				try {
					return send(201, await tables.createDataTable({ name, columns }));
				} catch (error) {
					return send(409, { message: (error as Error).message });
				}
			}
			const rows =
				/^(GET|POST|PATCH|DELETE) \/data-tables\/([^/]+)\/rows(\/update|\/delete)?$/.exec(route);
			if (!rows) return send(404, { message: `not found: ${route}` });
			const [, method, tableId, action = ''] = rows;
			if (!this.dataTables.tables.has(tableId))
				return send(404, { message: `Could not find the data table: '${tableId}'` });
			const table = await this.dataTables.getDataTableProxy(undefined, undefined, tableId);
			switch (`${method} ${action}`) {
				case 'GET ': {
					const limit = Number(url.searchParams.get('limit') ?? 100);
					const { data } = await table.getManyRowsAndCount({ filter: filter() });
					return send(200, { data: data.slice(0, limit), nextCursor: null });
				}
				case 'POST ': {
					const { data } = body as { data: never[] };
					return send(200, await table.insertRows(data, 'id'));
				}
				case 'PATCH /update': {
					const {
						filter: where,
						data,
						returnData,
					} = body as {
						filter: DataTableFilter;
						data: never;
						returnData?: boolean;
					};
					const updated = await table.updateRows({ filter: where, data });
					return send(200, returnData ? updated : true);
				}
				case 'DELETE /delete': {
					await table.deleteRows({ filter: filter() });
					return send(200, true);
				}
				default:
					return send(404, { message: `not found: ${route}` });
			}
		} catch (error) {
			send(500, { message: (error as Error).message });
		}
	}
}

async function readJson(request: IncomingMessage): Promise<unknown> {
	const chunks: Buffer[] = [];
	for await (const chunk of request) chunks.push(chunk as Buffer);
	const text = Buffer.concat(chunks).toString('utf8');
	return text ? (JSON.parse(text) as unknown) : undefined;
}
