import type { DataTableRowReturn } from 'n8n-workflow';

import type { PostJson } from '../../../nodes/protocol/wechat/accessToken';
import { PlatformSecrets } from '../../../nodes/protocol/wechat/component/platformSecrets';
import type { StoredKind } from '../../../nodes/protocol/wechat/component/platformStore';
import { COMPONENT_KEY } from '../../../nodes/protocol/wechat/component/platformTokens';
import type { InMemoryDataTables } from '../../../testkit/engine/dataTables';
import { FakeComponentPlatform } from '../../../testkit/servers/fakeWeChat/componentRoutes';
import { FakeWeChatServer } from '../../../testkit/servers/fakeWeChat/server';
import { VirtualClock } from '../../../testkit/virtualClock';
import { twoProcesses } from '../../platformState/platformStateHarness';
import {
	postJson,
	sealedSecrets,
	storeTicketAndMerchant,
	tokenChainOf,
} from '../../protocol/wechat/component/platformChainKit';

const MERCHANT = 'wxmerchant000001';
const GRANT = '/cgi-bin/component/api_authorizer_token';
const HOURS = 60 * 60 * 1000;

/**
 * Surface: the platform's Data Table, which any user of the n8n project can read and edit in
 * n8n's UI or API (but whose seals they cannot make: the key comes from the Component App
 * Secret). Each attack edits rows as such a user would; what answers it is that everything the
 * node trusts (secret, expiry, version, lease, the merchant's generation) is inside the seal,
 * and a row whose clear columns disagree with its seal is refused. Two processes run the real
 * store through n8n's public API (FakeN8nApi) against the local WeChat, on a virtual clock.
 */
describe('hostile edits of the platform Data Table', () => {
	let fake: FakeWeChatServer;
	let clock: VirtualClock;
	let platform: FakeComponentPlatform;
	let dataTables: InMemoryDataTables;
	let processes: PlatformSecrets[];
	let pollSleeps: number;

	const post: PostJson = async (...request) => await postJson(fake.url, ...request);
	const chainOf = (secrets: PlatformSecrets) =>
		tokenChainOf(platform, {
			post,
			secrets,
			now: clock.now,
			sleep: async (ms) => {
				if (ms === 100) pollSleeps++;
				await clock.sleep(ms);
			},
			leasePollMs: 100,
		});
	/** A fresh process each time: nothing in memory, everything from the table. */
	const freshProcess = () => chainOf(processes[1]);
	/** The live rows of one kind, as the Data Table user edits them. */
	const rowsOf = (kind: StoredKind, authorizerAppId = ''): DataTableRowReturn[] =>
		[...dataTables.tables.values()]
			.flatMap(({ rows }) => rows)
			.filter((row) => row.kind === kind && row.authorizerAppId === authorizerAppId);
	const grantsCarrying = (refreshToken: string) =>
		fake.callsTo(GRANT).filter((call) => call.body.authorizer_refresh_token === refreshToken);

	beforeAll(async () => {
		fake = await new FakeWeChatServer().start();
	});
	afterAll(async () => await fake.stop());

	beforeEach(async () => {
		clock = new VirtualClock(Date.UTC(2026, 0, 5, 8, 0));
		pollSleeps = 0;
		platform = new FakeComponentPlatform(fake, { now: clock.now });
		const opened = await twoProcesses();
		dataTables = opened.dataTables;
		processes = opened.stores.map((store) => sealedSecrets(platform, store));
		await storeTicketAndMerchant(processes[0], platform, MERCHANT, clock.now());
	});

	it('a rolled-back token: an old sealed value with a forged expiry is refused and renewed', async () => {
		const old = await freshProcess().componentToken();
		const [oldRow] = rowsOf('componentToken').map((row) => ({ ...row }));
		clock.advance(3 * HOURS); // the old token has expired at WeChat
		const current = await freshProcess().componentToken();
		expect(current).not.toBe(old);

		// The attacker puts the old seal back and says it is good for two more hours.
		const [row] = rowsOf('componentToken');
		row.sealed = oldRow.sealed;
		row.expiresAt = clock.now() + 2 * HOURS;
		expect(await processes[1].read(COMPONENT_KEY)).toMatchObject({
			secret: '',
			refused: 'altered',
		});
		const renewed = await freshProcess().componentToken();
		expect(renewed).not.toBe(old);
		expect(platform.tokenRequests.componentToken).toBe(3);

		// The whole old row, clear columns and all, agrees with its seal: its sealed expiry is past.
		Object.assign(rowsOf('componentToken')[0], oldRow);
		expect(await freshProcess().componentToken()).not.toBe(old);
		expect(platform.tokenRequests.componentToken).toBe(4);
	});

	it('a forgotten merchant’s refresh token put back into the table is never sent to WeChat', async () => {
		const refreshToken = platform.authorizers.get(MERCHANT)!.refreshToken;
		await freshProcess().authorizerToken(MERCHANT);
		const copies = rowsOf('refreshToken', MERCHANT).map(({ id: _id, ...row }) => row);
		await processes[0].forget(MERCHANT);
		const sentBefore = grantsCarrying(refreshToken).length;

		// Re-inserted as it was: sealed for the generation Forget replaced.
		const table = [...dataTables.tables.values()][0];
		const insert = (rows: typeof copies) =>
			rows.forEach((row) => table.rows.push({ ...row, id: table.nextId++ } as never));
		insert(copies);
		await expect(freshProcess().authorizerToken(MERCHANT)).rejects.toThrow(
			`The authorizer_refresh_token stored for authorizer ${MERCHANT} was sealed before Forget Authorizer ran for this merchant and is refused`,
		);
		// With the new generation row deleted as well: no generation, so no merchant row opens.
		for (const row of rowsOf('authorizerGeneration', MERCHANT))
			table.rows.splice(table.rows.indexOf(row), 1);
		await expect(freshProcess().authorizerToken(MERCHANT)).rejects.toThrow(
			'was sealed before Forget Authorizer ran',
		);
		expect(grantsCarrying(refreshToken)).toHaveLength(sentBefore);
	});

	it('a stalled lease (leaseUntil far in the future) holds nobody back: the row is refused and taken over', async () => {
		await freshProcess().componentToken();
		clock.advance(3 * HOURS);
		const [row] = rowsOf('componentToken');
		row.leaseUntil = Date.UTC(2100, 0, 1);

		const renewed = await freshProcess().componentToken();

		expect(pollSleeps).toBe(0);
		expect(platform.tokenRequests.componentToken).toBe(2);
		expect(await processes[0].read(COMPONENT_KEY)).toMatchObject({
			secret: renewed,
			leaseUntil: 0,
		});
		expect(rowsOf('componentToken')[0].leaseUntil).toBe(0);
	});

	it('a seal copied from another row, or a bumped clear version, is refused and then replaced', async () => {
		await freshProcess().componentToken();
		const [ticket] = rowsOf('verifyTicket');
		const [token] = rowsOf('componentToken');
		Object.assign(token, {
			sealed: ticket.sealed,
			version: ticket.version,
			expiresAt: ticket.expiresAt,
		});
		expect(await processes[1].read(COMPONENT_KEY)).toMatchObject({ refused: 'unreadable' });
		// Only the clear version bumped (to make the holder's write miss): refused, then replaced.
		await freshProcess().componentToken();
		const [fixed] = rowsOf('componentToken');
		fixed.version = Number(fixed.version) + 5;
		expect(await processes[1].read(COMPONENT_KEY)).toMatchObject({ refused: 'altered' });
		await freshProcess().componentToken();
		expect(await processes[1].read(COMPONENT_KEY)).not.toHaveProperty('refused');
	});
});
