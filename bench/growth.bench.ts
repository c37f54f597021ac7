import { subscribe, unsubscribe } from 'node:diagnostics_channel';

import type { IDataObject } from 'n8n-workflow';

import { resetTransport } from '../testkit/engine/nodeTransport';
import { itemsIntoWeChatNode, runWorkflow } from '../testkit/engine/runWorkflow';
import { weChatCredentials } from '../testkit/servers/fakeWeChat/credentials';
import { addLinkRoutes } from '../testkit/servers/fakeWeChat/linkRoutes';
import { addMiniProgramCodeRoutes } from '../testkit/servers/fakeWeChat/miniProgramCodeRoutes';
import { FakeWeChatServer } from '../testkit/servers/fakeWeChat/server';
import { measure } from './measure';

/** Every answer of the local WeChat comes 50 ms after its request, as over a real network. */
const LATENCY = { ms: 50 };
const CODES = 1_000;
const LINKS = 10_000;
const IN_FLIGHT = [undefined, 50] as const;

/**
 * Mini Program Code > Create Unlimited Code for 1000 stores and Link > Generate URL Link for 10000
 * recipients, each from one input through n8n-core's engine against the local WeChat (in this
 * process) answering after 50 ms, at the default Requests in Flight (20) and at the maximum (50).
 * Round trips are timed on the client side from Node's own HTTP diagnostics channels.
 */
export async function runGrowthBench(): Promise<void> {
	const operations: Operation[] = [
		{
			label: 'Create Unlimited Code',
			unit: 'codes',
			path: '/wxa/getwxacodeunlimit',
			setUp: (server) => {
				addMiniProgramCodeRoutes(server);
				return {
					items: Array.from({ length: CODES }, (_, store) => ({ scene: `store=${store}` })),
					parameters: {
						resource: 'miniProgramCode',
						operation: 'createUnlimitedCode',
						scene: '={{ $json.scene }}',
						page: 'pages/store/store',
						fileName: '={{ $json.scene.replace("=", "-") + ".png" }}',
					},
				};
			},
		},
		{
			label: 'Generate URL Link',
			unit: 'links',
			path: '/wxa/generate_urllink',
			setUp: (server) => {
				addLinkRoutes(server);
				return {
					items: Array.from({ length: LINKS }, (_, uid) => ({ uid: `u${uid}` })),
					parameters: {
						resource: 'link',
						operation: 'generateUrlLink',
						path: 'pages/campaign/campaign',
						query: '={{ "campaign=spring&uid=" + $json.uid }}',
						expireDays: 30,
					},
				};
			},
		},
	];
	for (const operation of operations)
		for (const inFlight of IN_FLIGHT) await bench(operation, inFlight);
}

/** One operation of the bench: its items and parameters on a local WeChat with its routes. */
interface Operation {
	label: string;
	unit: string;
	/** The API whose calls are counted. */
	path: string;
	setUp: (server: FakeWeChatServer) => {
		items: IDataObject[];
		parameters: Record<string, unknown>;
	};
}

async function bench(
	{ label: operation, unit, path, setUp }: Operation,
	inFlight: number | undefined,
): Promise<void> {
	const label = `${operation}, in flight ${inFlight ?? 'default (20)'}`;
	resetTransport();
	const server = await new FakeWeChatServer().start();
	server.latency = LATENCY;
	const { items, parameters } = setUp(server);
	const roundTrips = timeRoundTrips();
	try {
		await measure(label, unit, async () => {
			const result = await runWorkflow(
				itemsIntoWeChatNode(
					items,
					{ ...parameters, options: inFlight ? { requestsInFlight: inFlight } : {} } as never,
					weChatCredentials(server),
				),
			);
			if (result.error) throw result.error;
			const out = result.output('WeChat');
			const failed = out.filter((item) => item.error).length;
			if (out.length !== items.length || failed > 0)
				throw new Error(`${out.length} items out (${failed} failed), expected ${items.length}`);
			return { items: out.length, calls: server.callsTo(path).length };
		});
		const ms = roundTrips.stop();
		console.log(
			`  round trip p50 ${ms(0.5)} ms, p95 ${ms(0.95)} ms, p99 ${ms(0.99)} ms, max ${ms(1)} ms; ` +
				`most in flight at WeChat ${server.inFlight.most}; token requests ${server.tokenRequests.length}`,
		);
	} finally {
		roundTrips.stop();
		await server.stop();
	}
}

/** Times every HTTP request from its start to its response's end (Node's http client channels). */
function timeRoundTrips(): { stop: () => (quantile: number) => string } {
	const started = new WeakMap<object, bigint>();
	const times: number[] = [];
	const onStart = (message: unknown) =>
		started.set((message as { request: object }).request, process.hrtime.bigint());
	const onFinish = (message: unknown) => {
		const at = started.get((message as { request: object }).request);
		if (at !== undefined) times.push(Number(process.hrtime.bigint() - at) / 1e6);
	};
	subscribe('http.client.request.start', onStart);
	subscribe('http.client.response.finish', onFinish);
	let stopped = false;
	return {
		stop: () => {
			if (!stopped) {
				unsubscribe('http.client.request.start', onStart);
				unsubscribe('http.client.response.finish', onFinish);
				stopped = true;
			}
			const sorted = [...times].sort((a, b) => a - b);
			return (quantile) =>
				sorted.length === 0
					? '-'
					: sorted[Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))].toFixed(1);
		},
	};
}
