import type { StoreKey } from '../../nodes/protocol/wechat/component/platformStore';
import { N8nDataTablesApi } from '../../nodes/WeChatMiniProgram/platformState/n8nDataTablesApi';
import { DataTablePlatformStore } from '../../nodes/WeChatMiniProgram/platformState/dataTablePlatformStore';
import { context, twoProcesses } from './platformStateHarness';

const KEY: StoreKey = { kind: 'componentToken', authorizerAppId: '' };
const LEASE_UNTIL = Date.UTC(2026, 0, 5, 12);

/**
 * The renewal lease on n8n's real Data Tables. n8n 2.41.1 runs updateRows as one
 * `UPDATE ... WHERE <filter> RETURNING ...` (Postgres) and hands back the updated rows, [] when
 * none matched; the in-memory provider does the same. A Data Table has no unique key, so the
 * first row of an entry is where two processes can meet without a version to compare.
 */
describe('the platform Data Table store, through n8n’s public API: who wins the renewal lease', () => {
	it('lets exactly one of two processes claim an entry that was never stored', async () => {
		const { dataTables, stores } = await twoProcesses();

		const won = await Promise.all(stores.map((store) => store.claim(KEY, 0, LEASE_UNTIL)));

		expect(won.filter(Boolean)).toHaveLength(1);
		// Both first rows may stay; they share the version, so the next compare-and-set moves both.
		const rows = dataTables.allRows();
		expect(rows.map((row) => row.version)).toEqual(rows.map(() => 1));
		await stores[won.indexOf(true)].write(KEY, { sealed: 'sealed-token', expiresAt: 1 });
		for (const store of stores) expect(await store.read(KEY)).toMatchObject({ version: 2 });
		const again = await Promise.all(stores.map((store) => store.claim(KEY, 2, LEASE_UNTIL)));
		expect(again.filter(Boolean)).toHaveLength(1);
	});

	it('gives the lease on a stored entry to one process only, and none for a version that moved on', async () => {
		const { stores } = await twoProcesses();
		await stores[0].write(KEY, { sealed: 'sealed-token', expiresAt: 1 });

		const won = await Promise.all(stores.map((store) => store.claim(KEY, 1, LEASE_UNTIL)));

		expect(won.sort()).toEqual([false, true]);
		expect(await stores[1].claim(KEY, 1, LEASE_UNTIL)).toBe(false);
		expect(await stores[0].read(KEY)).toMatchObject({ version: 2, leaseUntil: LEASE_UNTIL });
	});

	it('refuses a first claim once another process has stored the entry', async () => {
		const { stores } = await twoProcesses();
		await stores[0].write(KEY, { sealed: 'sealed-token', expiresAt: 1 });

		expect(await stores[1].claim(KEY, 0, LEASE_UNTIL)).toBe(false);
	});

	it('finds or creates its table again when it was deleted in n8n, and stores anew', async () => {
		const { dataTables, stores } = await twoProcesses();
		await stores[0].write(KEY, { sealed: 'sealed-token', expiresAt: 1 });
		dataTables.tables.clear();

		expect(await stores[1].read(KEY)).toBeUndefined();
		await stores[0].write(KEY, { sealed: 'sealed-again', expiresAt: 2 });
		expect(await stores[1].read(KEY)).toMatchObject({ sealed: 'sealed-again', version: 1 });
		expect(dataTables.tables.size).toBe(1);
	});

	it('names n8n’s refusal of an API key, never the key', async () => {
		const { api } = await twoProcesses();
		const wrongKey = 'n8n_api_wrong-0123456789';
		const refused = DataTablePlatformStore.open(
			new N8nDataTablesApi(context, { baseUrl: api.url, apiKey: wrongKey }),
			'wxcomponentplatform2',
			new Map(),
			api.url,
		);
		await expect(refused).rejects.toThrow(
			/GET \/data-tables answered HTTP 401: n8n refused the API key/,
		);
		await refused.catch((error: Error) => expect(error.message).not.toContain(wrongKey));
		const unreachable = DataTablePlatformStore.open(
			new N8nDataTablesApi(context, { baseUrl: 'http://127.0.0.1:9/api/v1', apiKey: wrongKey }),
			'wxcomponentplatform2',
			new Map(),
			'http://127.0.0.1:9/api/v1',
		);
		await expect(unreachable).rejects.toThrow(
			/n8n's API at http:\/\/127.0.0.1:9\/api\/v1 cannot be reached/,
		);
	});
});
