import type { IExecuteFunctions } from 'n8n-workflow';

import type { StoreKey } from '../../nodes/protocol/wechat/component/platformStore';
import { DataTablePlatformStore } from '../../nodes/WeChatMiniProgram/transport/platformStore';
import { InMemoryDataTables } from '../../testkit/engine/dataTables';

const KEY: StoreKey = { kind: 'componentToken', authorizerAppId: '' };
const LEASE_UNTIL = Date.UTC(2026, 0, 5, 12);

/** The Data Table helpers n8n gives an execute context, over one shared provider. */
function contextOver(dataTables: InMemoryDataTables): IExecuteFunctions {
	return {
		helpers: {
			getDataTableAggregateProxy: async () => await dataTables.getDataTableAggregateProxy(),
			getDataTableProxy: async (id: string) =>
				await dataTables.getDataTableProxy(undefined, undefined, id),
		},
	} as unknown as IExecuteFunctions;
}

/** Two n8n processes: each its own table-id cache, one database. */
async function twoProcesses(dataTables = new InMemoryDataTables()) {
	const open = async () =>
		await DataTablePlatformStore.open(contextOver(dataTables), 'wxcomponentplatform1', new Map());
	const first = await open();
	return { dataTables, stores: [first, await open()] };
}

/**
 * The renewal lease on n8n's real Data Tables. n8n 2.41.1 runs updateRows as one
 * `UPDATE ... WHERE <filter> RETURNING ...` (Postgres) and hands back the updated rows, [] when
 * none matched; the in-memory provider does the same. A Data Table has no unique key, so the
 * first row of an entry is where two processes can meet without a version to compare.
 */
describe('the platform Data Table store: who wins the renewal lease', () => {
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
});
