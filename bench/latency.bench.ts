import { execFile } from 'node:child_process';
import path from 'node:path';

import { TencentChatApi } from '../credentials/TencentChatApi.credentials';
import { registerCredentialType } from '../testkit/engine/credentialsStore';
import { resetTransport } from '../testkit/engine/nodeTransport';
import { itemsIntoWeChatNode, runWorkflow } from '../testkit/engine/runWorkflow';
import { weChatCredentials } from '../testkit/servers/fakeWeChat/credentials';
import { startLocalServicesProcess } from '../testkit/servers/localServicesProcess';
import type { LocalServicesProcess } from '../testkit/servers/localServicesProcess';
import { measure } from './measure';

/** Every answer of the local servers comes 50 ms after its request, as over a real network. */
const LATENCY = { ms: 50 };
const SWEEP = [1, 5, 10, 20, 40];
/** Add 100000 around the default of Requests in Flight (20; `undefined` = the default). */
const FULL_ADD_RUNS = [10, undefined, 40];
const SUBSCRIBE_MESSAGES = 10_000;

/**
 * Where latency, not the API's limit, sets the pace: Add Subscribers and Subscribe Send with
 * several requests in flight (a sweep over Requests in Flight, then the full runs), and two worker
 * processes pushing for one App ID at the same time. The local servers run in a process of their
 * own, as the real services do: this process's CPU is the node's and n8n's only.
 */
export async function runLatencyBench(): Promise<void> {
	const services = await startLocalServicesProcess({
		latency: LATENCY,
		rooms: [1, 2],
		subscribedUsers: SUBSCRIBE_MESSAGES,
	});
	try {
		await addSubscribersBench(services);
		await subscribeSendBench(services);
		await twoWorkerPushBench(services);
	} finally {
		await services.stop();
	}
}

const inFlightLabel = (requestsInFlight?: number) =>
	`in flight ${requestsInFlight ?? 'default (20)'}`;

async function addSubscribersBench(services: LocalServicesProcess): Promise<void> {
	registerCredentialType(new TencentChatApi());
	const { tencent } = services.endpoints;
	const credentials = {
		tencentChatApi: {
			sdkAppId: tencent.sdkAppId,
			secretKey: tencent.secretKey,
			adminIdentifier: 'administrator',
			region: 'custom',
			customBaseUrl: tencent.url,
		},
	};
	let runs = 0;
	const run = async (count: number, requestsInFlight?: number) => {
		// A new transport is a new pacer, as in a fresh process: let Tencent's count of the last run's
		// calls (one second) run out first, or back-to-back runs together exceed 200 calls/s.
		await new Promise((resolve) => setTimeout(resolve, 1100));
		resetTransport({ baseDelayMs: 50 });
		await services.reset();
		// Fresh UserIDs each run: the account keeps the subscribers of earlier runs.
		const prefix = `bench${runs++}u`;
		const items = Array.from({ length: count }, (_, i) => ({
			userId: `${prefix}${String(i).padStart(7, '0')}`,
		}));
		const heldBefore = (await services.stats()).tencent.subscribers[tencent.officialAccount];
		const measured = await measure(
			`Add Subscribers, 50 ms, ${inFlightLabel(requestsInFlight)}`,
			'subscribers',
			async () => {
				const result = await runWorkflow(
					itemsIntoWeChatNode(
						items,
						{
							resource: 'chatOfficialAccount',
							operation: 'addSubscribers',
							officialAccount: tencent.officialAccount,
							subscriberSource: 'inputItems',
							subscriberField: 'userId',
							options: requestsInFlight ? { requestsInFlight } : {},
						},
						credentials,
					),
				);
				if (result.error) throw result.error;
				const added = result.output('WeChat').filter((item) => item.status === 'added').length;
				if (added !== count) throw new Error(`only ${added} of ${count} subscribers were added`);
				return { items: added, calls: Math.ceil(count / 100) };
			},
		);
		const stats = (await services.stats()).tencent;
		const held = stats.subscribers[tencent.officialAccount] - heldBefore;
		if (held !== count) throw new Error(`the account gained ${held} subscribers, not ${count}`);
		const { calls, firstAt = 0, lastAt = 0 } = stats.addSubscriber;
		console.log(
			`  ${Math.round(calls / (measured.elapsedMs / 1000))} calls/s overall, ` +
				`${Math.round(calls / ((lastAt - firstAt) / 1000))} between first and last call, ` +
				`${stats.addSubscriber.frequencyLimited60019} rate-limited (60019)`,
		);
	};
	// 200 calls fit in the pacer's first second: the sweep shows what latency alone allows.
	for (const inFlight of SWEEP) await run(20_000, inFlight);
	for (const inFlight of FULL_ADD_RUNS) await run(100_000, inFlight);
}

async function subscribeSendBench(services: LocalServicesProcess): Promise<void> {
	const { weChat, subscribedUsers } = services.endpoints;
	const run = async (count: number, requestsInFlight?: number) => {
		resetTransport({ baseDelayMs: 50 });
		await services.reset();
		const users = subscribedUsers.slice(0, count);
		await measure(
			`Subscribe Send, 50 ms, ${inFlightLabel(requestsInFlight)}`,
			'messages',
			async () => {
				const result = await runWorkflow(
					itemsIntoWeChatNode(
						users.map((openid) => ({ openid, room: '新品首发' })),
						{
							resource: 'subscribeMessage',
							operation: 'send',
							templateId: weChat.templateId,
							openid: '={{ $json.openid }}',
							data: {
								mappingMode: 'defineBelow',
								value: { thing1: '={{ $json.room }}', time2: '2026-11-24 20:00' },
								matchingColumns: [],
								schema: ['thing1', 'time2'].map((id) => ({
									id,
									displayName: id,
									required: true,
									defaultMatch: false,
									display: true,
									type: 'string',
								})),
								attemptToConvertTypes: false,
								convertFieldsToString: true,
							},
							options: requestsInFlight ? { requestsInFlight } : {},
						},
						weChatCredentials(weChat),
					),
				);
				if (result.error) throw result.error;
				const sent = result.output('WeChat').filter((item) => item.msgid).length;
				if (sent !== count) throw new Error(`only ${sent} of ${count} messages were sent`);
				return { items: sent, calls: sent };
			},
		);
		const received = (await services.stats()).weChat.subscribeSend.sent;
		if (received.length !== count || new Set(received).size !== count)
			throw new Error(`WeChat received ${received.length} messages for ${count} users`);
	};
	for (const inFlight of SWEEP) await run(1000, inFlight);
	// 10000 messages take 50-100 s a run: the full size runs at the default only.
	await run(SUBSCRIBE_MESSAGES);
}

/** Two worker processes, each pushing 20000 openids for one App ID (rooms 1 and 2) at the same moment. */
async function twoWorkerPushBench(services: LocalServicesProcess): Promise<void> {
	const { weChat } = services.endpoints;
	await services.reset();
	const count = 20_000;
	const worker = (room: number) =>
		new Promise<{ elapsedMs: number; error?: string; statuses: string[] }>((resolve, reject) =>
			execFile(
				process.execPath,
				[path.join(__dirname, 'pushWorker.js')],
				{
					env: {
						...process.env,
						PUSH_SERVER_URL: weChat.url,
						PUSH_APP_ID: weChat.appId,
						PUSH_APP_SECRET: weChat.appSecret,
						PUSH_ROOM: String(room),
						PUSH_COUNT: String(count),
					},
					maxBuffer: 64 * 2 ** 20,
				},
				(error, stdout) => (error ? reject(error) : resolve(JSON.parse(stdout))),
			),
		);
	const started = Date.now();
	const results = await Promise.all([worker(1), worker(2)]);
	const elapsed = (Date.now() - started) / 1000;
	for (const [index, result] of results.entries()) {
		const counts = new Map<string, number>();
		for (const status of result.statuses) counts.set(status, (counts.get(status) ?? 0) + 1);
		console.log(
			`  worker ${index + 1}: ${(result.elapsedMs / 1000).toFixed(1)} s, ${result.error ?? 'ok'}, batches ${JSON.stringify(Object.fromEntries(counts))}`,
		);
	}
	const push = (await services.stats()).weChat.push;
	const delivered = Object.entries(push.deliveredByRoom).flatMap(([room, openids]) =>
		openids.map((id) => `${room}|${id}`),
	);
	const duplicates = delivered.length - new Set(delivered).size;
	const unknown = results
		.flatMap((result) => result.statuses)
		.filter((s) => s === 'outcomeUnknown');
	console.log(
		`Two workers, Push ${count} openids each, one App ID, 50 ms: ${elapsed.toFixed(1)} s together ` +
			`(floor ${(2 * count) / 2000} s), ${delivered.length} delivered, ${duplicates} duplicates, ` +
			`${unknown.length} unknown batches, ${push.frequencyLimited45011} refusals (45011) waited out`,
	);
}
