import { useVirtualClock } from '../../testkit/clock/defaultClock';
import { startPlatformTriggerServer } from '../../testkit/engine/platformTriggerServer';
import type { PlatformTriggerServer } from '../../testkit/engine/platformTriggerServer';
import type { WorkflowResult } from '../../testkit/engine/runWorkflow';
import { TICKET_PUSH_INTERVAL_MS } from '../../testkit/servers/fakeWeChat/componentRoutes';
import { addLiveRoutes, makeFollowers } from '../../testkit/servers/fakeWeChat/liveRoutes';
import { FakeWeChatServer } from '../../testkit/servers/fakeWeChat/server';
import {
	FakeComponentPlatform,
	InMemoryDataTables,
	loadWorker,
	platformCredential,
	runAction,
	ticketWorkflowStep,
} from '../actions/thirdPartyPlatform/thirdPartyPlatformHarness';
import type { Worker } from '../actions/thirdPartyPlatform/thirdPartyPlatformHarness';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const START = Date.UTC(2026, 0, 5, 0, 3);
/**
 * `npm test` simulates 3 days (every renewal path: the platform's and each merchant's token, the
 * refresh token's rotation, a retired token, a revoke and a re-authorization, both workers
 * racing), in seconds. The 30-day run and its figures: `SIMULATED_DAYS=30 npx jest test/platform`.
 */
const DAYS = Number(process.env.SIMULATED_DAYS ?? 3);
/** What happens on which simulated day, at the same share of the run as in the 30-day one. */
const RETIRE_AT = START + Math.round((DAYS * 10) / 30) * DAY;
const REVOKE_AT = START + Math.round((DAYS * 20) / 30) * DAY;
const REAUTHORIZE_AT =
	REVOKE_AT + Math.max(1, Math.round((DAYS * 2 * 144) / 30)) * TICKET_PUSH_INTERVAL_MS;
const MERCHANTS = ['wxmerchant000001', 'wxmerchant000002', 'wxmerchant000003'];
/**
 * Each merchant's workflows call WeChat at its own rhythm (minutes), always more often than a
 * token lives (120), so most calls must be served from the caches and every renewal is a race
 * between the merchants' calls and the two workers.
 */
const CALL_EVERY = [40, 70, 100];
/** Token endpoints' daily quotas in the simulation: far below WeChat's, to prove the node stays under. */
const QUOTA = { componentToken: 15, authorizerToken: 15 };
const SECRET_SHAPES = /ticket@@@|refreshtoken@@@|componenttoken-|authorizertoken-|queryauthcode@@@/;
/** The servers, both workers' transports and the token chain count time on it, from START. */
const clock = useVirtualClock(START);

describe(`a third-party platform, unattended for ${DAYS} simulated days, 3 merchants, two workers`, () => {
	let fake: FakeWeChatServer;
	let platform: FakeComponentPlatform;
	const dataTables = new InMemoryDataTables();
	const workers: Worker[] = [loadWorker(), loadWorker()];
	const triggers: PlatformTriggerServer[] = [];
	const failures: string[] = [];
	const outputs: unknown[] = [];

	const check = (label: string, result: WorkflowResult) => {
		if (result.error) failures.push(`${label}: ${result.error.message}`);
		else outputs.push(result.output('WeChat'));
	};

	beforeAll(async () => {
		// Only the clock is simulated: timers, sockets and n8n's engine run for real. Date follows the
		// virtual clock for what reads it directly (the trigger's replay window, n8n's engine).
		jest.useFakeTimers({
			now: START,
			doNotFake: [
				'nextTick',
				'setImmediate',
				'clearImmediate',
				'setInterval',
				'clearInterval',
				'setTimeout',
				'clearTimeout',
				'queueMicrotask',
				'hrtime',
				'performance',
			],
		});
		fake = await new FakeWeChatServer().start();
		addLiveRoutes(fake).followers = makeFollowers(3);
		platform = new FakeComponentPlatform(fake, { dailyQuota: QUOTA, rotateRefreshTokenEvery: 5 });
		const credential = platformCredential(fake, platform);
		for (const worker of workers) {
			// The console's two URLs point at the workflow with this trigger; either worker may run it.
			triggers.push(
				await startPlatformTriggerServer(worker.trigger, credential, async (items, triggerNode) => {
					const parameters = ticketWorkflowStep(items[0].json.InfoType);
					if (!parameters) return;
					check(
						`ticket workflow ${String(items[0].json.InfoType)}`,
						await runAction(worker, dataTables, credential, parameters, {
							items: items.map((item) => item.json),
							triggerNode,
						}),
					);
				}),
			);
		}
	});

	afterAll(async () => {
		jest.useRealTimers();
		for (const trigger of triggers) await trigger.close();
		await fake.stop();
	});

	it('keeps every merchant working with no pasted value, no failed call and few token requests', async () => {
		const credential = platformCredential(fake, platform);
		const wallStart = performance.now();
		const cpuStart = process.cpuUsage();
		let pushes = 0;
		const push = async (send: (url: string) => Promise<{ status: number; body: string }>) => {
			const trigger = triggers[pushes++ % 2];
			const answer = await send(trigger.authorizationUrl);
			if (answer.status !== 200 || answer.body !== 'success')
				failures.push(`push answered ${answer.status} ${answer.body}`);
			await trigger.idle();
		};
		const callMerchant = async (merchant: string, worker: Worker) =>
			check(
				`call for ${merchant}`,
				await runAction(worker, dataTables, credential, {
					resource: 'liveFollower',
					operation: 'getMany',
					authentication: 'thirdPartyPlatform',
					authorizerAppId: merchant,
					returnAll: true,
				}),
			);

		await push(async (url) => await platform.pushTicket(url));
		for (const merchant of MERCHANTS)
			await push(async (url) => await platform.authorize(merchant, url));

		const next = CALL_EVERY.map((minutes) => START + minutes * MINUTE);
		const active = MERCHANTS.map(() => true);
		let calls = 0;
		let step = 0;
		for (let now = START; now < START + DAYS * DAY; now += TICKET_PUSH_INTERVAL_MS, step++) {
			clock.advanceTo(now);
			jest.setSystemTime(now);
			await push(async (url) => await platform.pushTicket(url));
			if (now === RETIRE_AT) platform.retireAuthorizerTokens(MERCHANTS[1]);
			if (now === REVOKE_AT) {
				await push(async (url) => await platform.revoke(MERCHANTS[2], url));
				active[2] = false;
			}
			if (now === REAUTHORIZE_AT) {
				await push(async (url) => await platform.authorize(MERCHANTS[2], url));
				active[2] = true;
			}
			const due = MERCHANTS.flatMap((merchant, index) => {
				if (now < next[index]) return [];
				next[index] += CALL_EVERY[index] * MINUTE;
				return active[index] ? [{ merchant, index }] : [];
			});
			// Both workers at once: they meet the same expired token and must not both renew it.
			await Promise.all(
				due.flatMap(({ merchant, index }) =>
					(step + index) % 7 === 0
						? [callMerchant(merchant, workers[0]), callMerchant(merchant, workers[1])]
						: [callMerchant(merchant, workers[(step + index) % 2])],
				),
			);
			calls += due.length;
		}

		expect(failures).toEqual([]);
		expect(platform.refusals).toEqual([]);
		expect(pushes).toBeGreaterThanOrEqual(DAYS * 144);
		expect(calls).toBeGreaterThan((DAYS * 2000) / 30);

		// A token lives 2 h and is renewed 5 min early: one renewal per 115 min at most, plus
		// the first, for the platform and for each merchant. The retired token of merchant 2 costs
		// one more; merchant 3's re-authorisation brings its token with the code (no request).
		const renewals = Math.ceil((DAYS * DAY) / (115 * MINUTE)) + 1;
		const perMerchant = MERCHANTS.map(
			(merchant) => platform.tokenRequests.authorizerToken.get(merchant) ?? 0,
		);
		const cpu = process.cpuUsage(cpuStart);
		const seconds = (micros: number) => (micros / 1e6).toFixed(1);
		console.log(
			`${DAYS} days in ${seconds((performance.now() - wallStart) * 1000)} s (CPU ${seconds(cpu.user + cpu.system)} s): ${pushes} pushes, ${calls} merchant runs, component token requests ${platform.tokenRequests.componentToken} (bound ${renewals}), authorizer token requests ${perMerchant.join(' / ')} (bound ${renewals} each, +1 for the retired token), Data Table operations ${dataTables.operations}`,
		);
		expect(platform.tokenRequests.componentToken).toBeLessThanOrEqual(renewals);
		expect(perMerchant[0]).toBeLessThanOrEqual(renewals);
		expect(perMerchant[1]).toBeLessThanOrEqual(renewals + 1);
		expect(perMerchant[2]).toBeLessThanOrEqual(renewals);
		expect(platform.tokenRequests.componentToken).toBeGreaterThan((DAYS * 300) / 30);
		// Each merchant's refresh token rotated (WeChat here hands a new one every 5th grant) and
		// the new one was used for the grants after it.
		expect(Math.min(...perMerchant)).toBeGreaterThan(5);

		// Nothing secret in the open: not in a Data Table row, not in an output item.
		const rows = JSON.stringify(dataTables.allRows());
		expect(rows).not.toMatch(SECRET_SHAPES);
		expect(JSON.stringify(outputs)).not.toMatch(SECRET_SHAPES);
		expect(JSON.stringify(triggers.map((trigger) => trigger.started))).not.toMatch(
			/ticket@@@|refreshtoken@@@|componenttoken-|authorizertoken-/,
		);
		expect(Object.keys(credential).sort()).toEqual(
			[
				'apiDomain',
				'componentAppId',
				'componentAppSecret',
				'customBaseUrl',
				'encodingAESKey',
				'token',
			].sort(),
		);
	}, 600_000);
});
