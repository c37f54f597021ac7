import type { PostJson } from '../../../../nodes/protocol/wechat/accessToken';
import { WeChatApiError } from '../../../../nodes/protocol/wechat/apiError';
import { PlatformSecrets } from '../../../../nodes/protocol/wechat/component/platformSecrets';
import {
	COMPONENT_KEY,
	RENEW_MARGIN_MS,
	TICKET_KEY,
	TICKET_LIFETIME_MS,
} from '../../../../nodes/protocol/wechat/component/platformTokens';
import type { StoreKey } from '../../../../nodes/protocol/wechat/component/platformStore';
import { SecretSealer } from '../../../../nodes/protocol/wechat/component/sealedSecrets';
import { FakeComponentPlatform } from '../../../../testkit/servers/fakeWeChat/componentRoutes';
import { FakeWeChatServer } from '../../../../testkit/servers/fakeWeChat/server';
import { MemoryPlatformStore } from './memoryPlatformStore';
import { postJson, sealedSecrets, storeTicketAndMerchant, tokenChainOf } from './platformChainKit';

const MINUTE = 60_000;
const TOKEN_LIFETIME_MS = 120 * MINUTE;
const MERCHANT = 'wxmerchant000001';
const REFRESH_KEY: StoreKey = { kind: 'refreshToken', authorizerAppId: MERCHANT };

/**
 * The token chain against the local WeChat over HTTP, with one clock for both (injected), and
 * an in-memory store with the database's compare-and-set: each "process" is a chain with its
 * own memory over the one store.
 */
describe('third-party platform token chain', () => {
	let fake: FakeWeChatServer;
	let now: number;
	let platform: FakeComponentPlatform;
	let store: MemoryPlatformStore;
	let secrets: PlatformSecrets;

	const post: PostJson = async (...request) => await postJson(fake.url, ...request);

	const newChain = (chainSecrets = secrets) =>
		tokenChainOf(platform, {
			post,
			secrets: chainSecrets,
			now: () => now,
			sleep: async (ms) => await new Promise((resolve) => setTimeout(resolve, ms)),
			leasePollMs: 1,
		});

	const authorizerRequests = () => platform.tokenRequests.authorizerToken.get(MERCHANT) ?? 0;

	beforeAll(async () => {
		fake = await new FakeWeChatServer().start();
	});
	afterAll(async () => await fake.stop());

	beforeEach(async () => {
		now = Date.UTC(2026, 0, 5, 8, 0);
		platform = new FakeComponentPlatform(fake, { now: () => now });
		store = new MemoryPlatformStore();
		secrets = sealedSecrets(platform, store);
		await storeTicketAndMerchant(secrets, platform, MERCHANT, now);
	});

	it('keeps a token until 5 minutes before it expires, then renews it while it still works', async () => {
		const chain = newChain();
		const first = await chain.authorizerToken(MERCHANT);
		expect(platform.tokenRequests.componentToken).toBe(1);
		expect(authorizerRequests()).toBe(1);

		now += TOKEN_LIFETIME_MS - RENEW_MARGIN_MS - 1;
		expect(await chain.authorizerToken(MERCHANT)).toBe(first);
		expect(authorizerRequests()).toBe(1);

		now += 2;
		const second = await chain.authorizerToken(MERCHANT);
		expect(second).not.toBe(first);
		expect(authorizerRequests()).toBe(2);
		// The component token was renewed ahead too, on its way to the authorizer token.
		expect(platform.tokenRequests.componentToken).toBe(2);
		expect(platform.refusals).toEqual([]);
		// Another process starting now finds both in the store and asks WeChat for nothing.
		expect(await newChain().authorizerToken(MERCHANT)).toBe(second);
		expect(authorizerRequests()).toBe(2);
		expect(platform.tokenRequests.componentToken).toBe(2);
	});

	it('renews a refused token once, and only while the refused token is still the stored one', async () => {
		const workerA = newChain();
		const workerB = newChain();
		const first = await workerA.authorizerToken(MERCHANT);
		expect(await workerB.authorizerToken(MERCHANT)).toBe(first);
		expect(authorizerRequests()).toBe(1);

		// WeChat retires the token early; both workers meet 40001 with it.
		platform.retireAuthorizerTokens(MERCHANT);
		const renewed = await workerA.authorizerToken(MERCHANT, first);
		expect(renewed).not.toBe(first);
		expect(authorizerRequests()).toBe(2);
		// B's refusal is about a token A already replaced: B takes A's, WeChat is not asked again.
		expect(await workerB.authorizerToken(MERCHANT, first)).toBe(renewed);
		expect(authorizerRequests()).toBe(2);
	});

	it('resends a component call once after 40001 or 42001, never after another errcode', async () => {
		const chain = newChain();
		await chain.componentToken();
		for (const errcode of [40001, 42001]) {
			const tokensBefore = platform.tokenRequests.componentToken;
			const seen: string[] = [];
			await expect(
				chain.withComponentToken(async (token) => {
					seen.push(token);
					throw new WeChatApiError(errcode, 'refused', '/cgi-bin/component/some_api');
				}),
			).rejects.toThrow(`errcode ${errcode}`);
			expect(seen).toHaveLength(2);
			expect(seen[1]).not.toBe(seen[0]);
			expect(platform.tokenRequests.componentToken - tokensBefore).toBe(1);
		}

		const tokensBefore = platform.tokenRequests.componentToken;
		let calls = 0;
		await expect(
			chain.withComponentToken(async () => {
				calls++;
				throw new WeChatApiError(61004, 'ip refused', '/cgi-bin/component/api_query_auth');
			}),
		).rejects.toThrow('errcode 61004');
		expect(calls).toBe(1);
		expect(platform.tokenRequests.componentToken).toBe(tokensBefore);
	});

	it('renews the component token once when WeChat retires it, for a real component call', async () => {
		const chain = newChain();
		await chain.componentToken();
		platform.retireComponentTokens();
		await chain.authorizerToken(MERCHANT);
		expect(platform.tokenRequests.componentToken).toBe(2);
		expect(platform.refusals.map(({ errcode }) => errcode)).toEqual([40001]);
		expect(authorizerRequests()).toBe(1);
	});

	it('keeps the refresh token WeChat rotates, so the next renewal is accepted', async () => {
		platform = new FakeComponentPlatform(fake, { now: () => now, rotateRefreshTokenEvery: 1 });
		await secrets.write(TICKET_KEY, platform.issueTicket(), now + TICKET_LIFETIME_MS);
		platform.addAuthorizer(MERCHANT);
		const original = platform.authorizers.get(MERCHANT)!.refreshToken;
		await secrets.write(REFRESH_KEY, original, 0);

		const chain = newChain();
		await chain.authorizerToken(MERCHANT);
		const rotated = platform.authorizers.get(MERCHANT)!.refreshToken;
		expect(rotated).not.toBe(original);
		expect((await secrets.read(REFRESH_KEY))?.secret).toBe(rotated);

		for (let renewal = 0; renewal < 3; renewal++) {
			now += TOKEN_LIFETIME_MS;
			await chain.authorizerToken(MERCHANT);
		}
		expect(authorizerRequests()).toBe(4);
		expect(platform.refusals).toEqual([]);
		expect((await secrets.read(REFRESH_KEY))?.secret).toBe(
			platform.authorizers.get(MERCHANT)!.refreshToken,
		);
	});

	it('lets one of two processes renew at a time: one token call each, the same token for both', async () => {
		const [a, b] = [newChain(), newChain()];
		const [tokenA, tokenB] = await Promise.all([
			a.authorizerToken(MERCHANT),
			b.authorizerToken(MERCHANT),
		]);
		expect(tokenA).toBe(tokenB);
		expect(platform.tokenRequests.componentToken).toBe(1);
		expect(authorizerRequests()).toBe(1);

		// The same when the tokens expire under both at once.
		now += TOKEN_LIFETIME_MS;
		const [renewedA, renewedB] = await Promise.all([
			a.authorizerToken(MERCHANT),
			b.authorizerToken(MERCHANT),
		]);
		expect(renewedA).toBe(renewedB);
		expect(renewedA).not.toBe(tokenA);
		expect(platform.tokenRequests.componentToken).toBe(2);
		expect(authorizerRequests()).toBe(2);
	});

	it('says which step is missing when no ticket or no refresh token is stored', async () => {
		await store.forget(MERCHANT, []);
		await expect(newChain().authorizerToken(MERCHANT)).rejects.toThrow(
			`No authorizer_refresh_token is stored for authorizer ${MERCHANT}`,
		);
		store.rows.clear();
		await expect(newChain().componentToken()).rejects.toThrow(
			'No component_verify_ticket from the last 12 hours is stored',
		);
		expect(platform.tokenRequests.componentToken).toBe(0);
	});

	describe('sealing', () => {
		const sealer = new SecretSealer('wxcomponentplatform1', 'component-app-secret-0123456789');

		it('opens a value only under the kind and merchant it was sealed for', () => {
			const sealed = sealer.seal('refreshtoken@@@abc', 'refreshToken:wxmerchant000001');
			expect(sealer.open(sealed, 'refreshToken:wxmerchant000001')).toBe('refreshtoken@@@abc');
			expect(sealer.open(sealed, 'refreshToken:wxmerchant000002')).toBeUndefined();
			expect(sealer.open(sealed, 'authorizerToken:wxmerchant000001')).toBeUndefined();
			expect(sealed).not.toContain('refreshtoken@@@abc');
		});

		it('fails with another App Secret, another platform or an altered value', () => {
			const sealed = sealer.seal('ticket@@@xyz', 'verifyTicket:');
			const otherSecret = new SecretSealer('wxcomponentplatform1', 'another-app-secret-000000000');
			const otherPlatform = new SecretSealer(
				'wxcomponentplatform2',
				'component-app-secret-0123456789',
			);
			expect(otherSecret.open(sealed, 'verifyTicket:')).toBeUndefined();
			expect(otherPlatform.open(sealed, 'verifyTicket:')).toBeUndefined();
			const body = Buffer.from(sealed.slice(3), 'base64');
			body[body.length - 1] ^= 1;
			expect(sealer.open(`v1.${body.toString('base64')}`, 'verifyTicket:')).toBeUndefined();
			expect(sealer.open('v1.', 'verifyTicket:')).toBeUndefined();
			expect(sealer.open('not sealed', 'verifyTicket:')).toBeUndefined();
		});

		it("a row copied into another merchant's row does not open there: nothing is stored for them", async () => {
			const other = 'wxmerchant000002';
			const row = store.rows.get(`refreshToken:${MERCHANT}`)!;
			store.rows.set(`refreshToken:${other}`, { ...row });
			store.rows.set(`authorizerToken:${other}`, { ...row, expiresAt: now + TOKEN_LIFETIME_MS });
			expect(
				(await secrets.read({ kind: 'authorizerToken', authorizerAppId: other }))?.secret,
			).toBe('');
			await expect(newChain().authorizerToken(other)).rejects.toThrow(
				`The authorizer_refresh_token stored for authorizer ${other} does not open with this credential's Component App Secret`,
			);
			// Nor does the ticket row open as the component token.
			store.rows.set(`componentToken:`, { ...store.rows.get('verifyTicket:')! });
			expect((await secrets.read(COMPONENT_KEY))?.secret).toBe('');
			// The merchant's own rows still open where they belong.
			expect((await secrets.read(REFRESH_KEY))?.secret).toBe(
				platform.authorizers.get(MERCHANT)!.refreshToken,
			);
		});

		it('a chain holding another App Secret reads nothing the platform stored', async () => {
			const foreign = new PlatformSecrets(
				store,
				new SecretSealer(platform.componentAppId, 'another-app-secret-000000000'),
			);
			await expect(newChain(foreign).componentToken()).rejects.toThrow(
				"The stored component_verify_ticket does not open with this credential's Component App Secret: the App Secret was probably rotated",
			);
			expect(platform.tokenRequests.componentToken).toBe(0);
		});
	});
});
