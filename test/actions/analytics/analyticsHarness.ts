import type { IDataObject } from 'n8n-workflow';

import { useVirtualClock } from '../../../testkit/clock/defaultClock';
import { addAnalyticsRoutes } from '../../../testkit/servers/fakeWeChat/analyticsRoutes';
import type { FakeAnalyticsState } from '../../../testkit/servers/fakeWeChat/analyticsRoutes';
import type { FakeWeChatServer } from '../../../testkit/servers/fakeWeChat/server';
import { REPORT_PATHS } from '../../../nodes/WeChatMiniProgram/transport/weChatApi/analytics';
import { runWeChatResource } from '../../helpers/runWeChatResource';
import { startFakeWeChat } from '../../helpers/startFakeWeChat';

export { REPORT_PATHS };
export const PERFORMANCE_PATH = '/wxa/business/performance/boot';

/**
 * "Now" in every analytics test: Wednesday 4 March 2026, 10:00 in China (02:00 UTC). Yesterday is
 * Tuesday 3 March, last week Monday 23 February to Sunday 1 March, last month February.
 */
export const NOW = Date.UTC(2026, 2, 4, 2, 0);

export interface AnalyticsWorld {
	server: FakeWeChatServer;
	analytics: FakeAnalyticsState;
}

/** A local WeChat with deterministic analytics data, on a virtual clock set to NOW. */
export async function startAnalyticsWorld(): Promise<AnalyticsWorld> {
	useVirtualClock(NOW);
	const server = await startFakeWeChat();
	return { server, analytics: addAnalyticsRoutes(server) };
}

/** Runs the node's Analytics resource once (one input item unless given) through n8n's engine. */
export async function runAnalytics(
	world: AnalyticsWorld,
	parameters: Record<string, unknown>,
	items: IDataObject[] = [{}],
	nodeSettings: Record<string, unknown> = {},
) {
	const result = await runWeChatResource(
		world.server,
		'analytics',
		items,
		parameters,
		nodeSettings,
	);
	return { ...result, rows: result.items.map((item) => item.json) };
}

/** The begin_date / end_date pairs the local WeChat received for a report, in order. */
export function datesSent(world: AnalyticsWorld, path: string): string[] {
	return world.server
		.callsTo(path)
		.map((call) => `${String(call.body.begin_date)}-${String(call.body.end_date)}`);
}

export function custom(from: string, to: string) {
	return { dateRange: 'custom', from: `${from}T00:00:00`, to: `${to}T00:00:00` };
}

/** A fresh AnalyticsWorld for each test of the calling describe block (stopped after it). */
export function useAnalyticsWorld(): () => AnalyticsWorld {
	let world: AnalyticsWorld;
	beforeEach(async () => (world = await startAnalyticsWorld()));
	afterEach(async () => await world.server.stop());
	return () => world;
}

/** One report's tests: a fresh world per test; `run` sets the operation and reads what WeChat received. */
export function useReport(operation: string, path: string) {
	const world = useAnalyticsWorld();
	async function run(
		parameters: Record<string, unknown>,
		items?: IDataObject[],
		nodeSettings?: Record<string, unknown>,
	) {
		const result = await runAnalytics(world(), { operation, ...parameters }, items, nodeSettings);
		return { ...result, sent: datesSent(world(), path) };
	}
	/** Runs, expects no error and exactly these begin-end dates sent, and returns the result. */
	async function expectSent(parameters: Record<string, unknown>, sent: string[]) {
		const result = await run(parameters);
		expect(result.error).toBeUndefined();
		expect(result.sent).toEqual(sent);
		return result;
	}
	return { world, run, expectSent };
}

export type Report = ReturnType<typeof useReport>;

/** `describe('Analytics > Get Daily Retention', …)` for 'getDailyRetention', its report in hand. */
export function describeReport(operation: string, path: string, tests: (report: Report) => void) {
	const name = operation.replace(/^get/, 'Get').replace(/([a-z])([A-Z])/g, '$1 $2');
	describe(`Analytics > ${name}`, () => tests(useReport(operation, path)));
}

/** A refused range: its title (or the `%s` of it), the range, and each text the error must contain. */
export type Refusal = [string, Record<string, unknown>, ...string[]];

/** Each range is refused before anything reaches WeChat, with an error saying what WeChat takes. */
export function testRefusals(report: Report, title: string, refusals: Refusal[]) {
	test.each(refusals)(title, async (_, range, ...says) => {
		const result = await report.run(range);
		for (const text of says) expect(result.error?.message).toContain(text);
		expect(result.sent).toHaveLength(0);
		expect(report.world().server.clock.now()).toBe(NOW);
	});
}
