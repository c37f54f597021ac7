import { callWithRetries } from '../../../../nodes/protocol/common/retryLoop';
import type { RetryPolicy } from '../../../../nodes/protocol/common/retryLoop';
import type { PostJson } from '../../../../nodes/protocol/wechat/accessToken';
import { judgeWeChatAnswer } from '../../../../nodes/protocol/wechat/answerVerdict';
import { COMPONENT_ERRCODES } from '../../../../nodes/protocol/wechat/component/componentApi';
import { PlatformSecrets } from '../../../../nodes/protocol/wechat/component/platformSecrets';
import type { StoreKey } from '../../../../nodes/protocol/wechat/component/platformStore';
import {
	COMPONENT_KEY,
	LEASE_MS,
} from '../../../../nodes/protocol/wechat/component/platformTokens';
import { FakeComponentPlatform } from '../../../../testkit/servers/fakeWeChat/componentRoutes';
import { FakeWeChatServer } from '../../../../testkit/servers/fakeWeChat/server';
import { VirtualClock } from '../../../../testkit/virtualClock';
import { MemoryPlatformStore } from './memoryPlatformStore';
import { postJson, sealedSecrets, storeTicketAndMerchant, tokenChainOf } from './platformChainKit';

const MERCHANT = 'wxmerchant000001';
const GRANT = '/cgi-bin/component/api_authorizer_token';
const AUTHORIZER_KEY: StoreKey = { kind: 'authorizerToken', authorizerAppId: MERCHANT };
/** Backoffs of about 10, 20 and 40 s: a grant of 4 tries outlasts a 30 s lease. */
const SLOW_POLICY: RetryPolicy = {
	maxAttempts: 4,
	baseDelayMs: 10_000,
	timeoutMs: 5_000,
	rateLimitWaitMs: 60_000,
	rateLimitMaxDelayMs: 2_000,
};

/**
 * The renewal lease between two simulated processes (two chains, each its own memory, over one
 * store with the database's compare-and-set), against the local WeChat over HTTP, on one
 * virtual clock that the chains' sleeps, the retry loop's backoffs and WeChat's token lifetimes
 * share.
 */
describe('the platform renewal lease', () => {
	let fake: FakeWeChatServer;
	let clock: VirtualClock;
	let platform: FakeComponentPlatform;
	let secrets: PlatformSecrets;
	/** When each process sent api_authorizer_token (virtual time). */
	let grantsSentAt: number[];

	const postOnce = async (
		path: string,
		body: Record<string, unknown>,
		query?: Record<string, string>,
	) => {
		if (path === GRANT) grantsSentAt.push(clock.now());
		return await postJson(fake.url, path, body, query);
	};
	/** As the node posts component APIs: WeChat's -1 (busy) is retried with backoff. */
	const post: PostJson = async (path, body, query) =>
		await callWithRetries({
			label: `WeChat ${path}`,
			idempotent: true,
			policy: SLOW_POLICY,
			clock,
			send: async () => ({ kind: 'answer', answer: await postOnce(path, body, query) }),
			judge: (answer) =>
				judgeWeChatAnswer(answer, path, { errorMeanings: COMPONENT_ERRCODES }, false),
			renewAuth: async () => {},
		});

	const newProcess = () =>
		tokenChainOf(platform, {
			post,
			secrets,
			now: clock.now,
			sleep: clock.sleep,
			leasePollMs: 100,
		});
	const grants = () => platform.tokenRequests.authorizerToken.get(MERCHANT) ?? 0;

	beforeAll(async () => {
		fake = await new FakeWeChatServer().start();
	});
	afterAll(async () => await fake.stop());

	beforeEach(async () => {
		clock = new VirtualClock(Date.UTC(2026, 0, 5, 8, 0));
		grantsSentAt = [];
		platform = new FakeComponentPlatform(fake, { now: clock.now });
		secrets = sealedSecrets(platform, new MemoryPlatformStore());
		await storeTicketAndMerchant(secrets, platform, MERCHANT, clock.now());
		await newProcess().componentToken();
	});

	it('a slow holder (4 tries, longer than a lease) still makes one grant: the other process waits for it', async () => {
		fake.injectFault(GRANT, { kind: 'errcode', errcode: -1, errmsg: 'system error' }, 3);
		const started = clock.now();

		const [a, b] = await Promise.all([
			newProcess().authorizerToken(MERCHANT),
			newProcess().authorizerToken(MERCHANT),
		]);

		expect(a).toBe(b);
		expect(grants()).toBe(1);
		// Four tries of one process, none of the other: it waited, though the grant outlasted a lease.
		expect(grantsSentAt).toHaveLength(4);
		expect(grantsSentAt[3] - started).toBeGreaterThan(LEASE_MS);
		expect((await secrets.read(AUTHORIZER_KEY))?.secret).toBe(a);
	});

	it('waits out the lease of a process that died holding it, then takes it over by compare-and-set', async () => {
		const leaseEnds = clock.now() + LEASE_MS;
		expect(await secrets.claim(AUTHORIZER_KEY, undefined, leaseEnds)).toBe(1);

		const token = await newProcess().authorizerToken(MERCHANT);

		expect(grantsSentAt).toHaveLength(1);
		expect(grantsSentAt[0]).toBeGreaterThanOrEqual(leaseEnds);
		expect(await secrets.read(AUTHORIZER_KEY)).toMatchObject({ secret: token, leaseUntil: 0 });
	});

	it('a holder that lost its lease does not overwrite the token of the process that took over', async () => {
		const stored = await secrets.read(COMPONENT_KEY);
		const claimed = await secrets.claim(COMPONENT_KEY, stored, clock.now() + LEASE_MS);
		expect(claimed).toBe(stored!.version + 1);
		// The holder stalls past its lease (no keep-alive ran) while the token is due.
		clock.advance(3 * 60 * 60 * 1000);

		const taken = await newProcess().componentToken();
		const late = await secrets.swap(COMPONENT_KEY, claimed!, {
			secret: 'the-stalled-holders-token',
			expiresAt: clock.now() + 7_200_000,
			leaseUntil: 0,
		});

		expect(late).toBe(false);
		expect((await secrets.read(COMPONENT_KEY))?.secret).toBe(taken);
	});

	it('a grant that fails ends the lease, so the next process tries at once', async () => {
		fake.injectFault(GRANT, { kind: 'errcode', errcode: 61004, errmsg: 'ip refused' }, 1);
		await expect(newProcess().authorizerToken(MERCHANT)).rejects.toThrow('errcode 61004');
		const failedAt = clock.now();

		await newProcess().authorizerToken(MERCHANT);

		expect(grantsSentAt).toHaveLength(2);
		expect(grantsSentAt[1] - failedAt).toBeLessThan(LEASE_MS);
	});
});
