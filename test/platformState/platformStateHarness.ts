import type { IExecuteFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { N8nDataTablesApi } from '../../nodes/WeChatMiniProgram/platformState/n8nDataTablesApi';
import { DataTablePlatformStore } from '../../nodes/WeChatMiniProgram/platformState/dataTablePlatformStore';
import { InMemoryDataTables } from '../../testkit/engine/dataTables';
import { FakeN8nApi } from '../../testkit/servers/fakeN8nApi';

/** helpers.httpRequest as n8n gives it, for the options the n8n API client uses. */
async function httpRequest(options: IHttpRequestOptions) {
	const url = new URL(options.url);
	for (const [name, value] of Object.entries(options.qs ?? {}))
		url.searchParams.set(name, String(value));
	const answer = await fetch(url, {
		method: options.method,
		headers: { ...(options.headers as Record<string, string>), 'content-type': 'application/json' },
		body: options.body === undefined ? undefined : JSON.stringify(options.body),
	});
	const text = await answer.text();
	return { statusCode: answer.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}

export const context = { helpers: { httpRequest } } as unknown as IExecuteFunctions;

/** Two n8n processes: each its own table-id cache, one database behind n8n's public API. */
export async function twoProcesses(dataTables = new InMemoryDataTables()) {
	const api = await new FakeN8nApi(dataTables).start();
	const access = { baseUrl: api.url, apiKey: api.apiKey };
	const open = async () =>
		await DataTablePlatformStore.open(
			new N8nDataTablesApi(context, access),
			'wxcomponentplatform1',
			new Map(),
			access.baseUrl,
		);
	const first = await open();
	return { dataTables, api, access, stores: [first, await open()] };
}
