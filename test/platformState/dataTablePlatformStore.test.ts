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
/** A row at `version` (what PlatformSecrets would seal there; the store only compares versions). */
const row = (version: number, sealed = `sealed-${version}`, leaseUntil = 0) => ({
	sealed,
	expiresAt: 1,
	version,
	leaseUntil,
});

describe('the platform Data Table store, through n8n’s public API: compare-and-set on the version', () => {
	it('lets exactly one of two processes store an entry that was never stored, and both read that one', async () => {
		const { dataTables, stores } = await twoProcesses();

		const won = await Promise.all(
			stores.map((store, index) => store.swap(KEY, 0, row(1, `first-${index}`, LEASE_UNTIL))),
		);

		expect(won.filter(Boolean)).toHaveLength(1);
		// Both first rows may stay; every process reads the oldest, the winner's.
		const winner = `first-${won.indexOf(true)}`;
		for (const store of stores) expect(await store.read(KEY)).toMatchObject({ sealed: winner });
		expect(dataTables.allRows().map((r) => r.version)).toEqual(dataTables.allRows().map(() => 1));
		// They share the version, so the next compare-and-set moves both.
		expect(await stores[1].swap(KEY, 1, row(2))).toBe(true);
		for (const store of stores) expect(await store.read(KEY)).toMatchObject({ version: 2 });
		const again = await Promise.all(stores.map((store) => store.swap(KEY, 2, row(3))));
		expect(again.filter(Boolean)).toHaveLength(1);
	});

	it('gives a stored entry to one process only, and none for a version that moved on', async () => {
		const { stores } = await twoProcesses();
		await stores[0].swap(KEY, 0, row(1));

		const won = await Promise.all(
			stores.map((store) => store.swap(KEY, 1, row(2, 'leased', LEASE_UNTIL))),
		);

		expect(won.sort()).toEqual([false, true]);
		expect(await stores[1].swap(KEY, 1, row(2))).toBe(false);
		expect(await stores[0].read(KEY)).toMatchObject({ version: 2, leaseUntil: LEASE_UNTIL });
	});

	it('refuses a first row once another process has stored the entry', async () => {
		const { stores } = await twoProcesses();
		await stores[0].swap(KEY, 0, row(1));

		expect(await stores[1].swap(KEY, 0, row(1, 'mine'))).toBe(false);
		expect(await stores[1].read(KEY)).toMatchObject({ sealed: 'sealed-1' });
	});

	it('forgets a merchant’s rows but the kinds it is told to keep', async () => {
		const { stores } = await twoProcesses();
		const merchant = 'wxmerchant000001';
		for (const kind of ['refreshToken', 'authorizerToken', 'authorizerGeneration'] as const)
			await stores[0].swap({ kind, authorizerAppId: merchant }, 0, row(1));
		await stores[0].swap(KEY, 0, row(1));

		await stores[1].forget(merchant, ['authorizerGeneration']);

		expect(
			await stores[0].read({ kind: 'refreshToken', authorizerAppId: merchant }),
		).toBeUndefined();
		expect(
			await stores[0].read({ kind: 'authorizerToken', authorizerAppId: merchant }),
		).toBeUndefined();
		expect(
			await stores[0].read({ kind: 'authorizerGeneration', authorizerAppId: merchant }),
		).toBeDefined();
		expect(await stores[0].read(KEY)).toBeDefined();
	});

	it('finds or creates its table again when it was deleted in n8n, and stores anew', async () => {
		const { dataTables, stores } = await twoProcesses();
		await stores[0].swap(KEY, 0, row(1));
		dataTables.tables.clear();

		expect(await stores[1].read(KEY)).toBeUndefined();
		await stores[0].swap(KEY, 0, row(1, 'sealed-again'));
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
