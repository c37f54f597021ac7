import { execFile } from 'node:child_process';
import path from 'node:path';

import { TencentChatApi } from '../credentials/TencentChatApi.credentials';
import { registerCredentialType } from '../testkit/engine/credentialsStore';
import { resetTransport } from '../testkit/engine/nodeTransport';
import { itemsIntoWeChatNode, runWorkflow } from '../testkit/engine/runWorkflow';
import { FakeTencentChat } from '../testkit/servers/fakeTencentChat';
import { weChatCredentials } from '../testkit/servers/fakeWeChat/credentials';
import { addLiveRoutes } from '../testkit/servers/fakeWeChat/liveRoutes';
import { FakeWeChatServer } from '../testkit/servers/fakeWeChat/server';
import {
	addPrivateTemplate,
	addSubscribeRoutes,
	subscribeUser,
} from '../testkit/servers/fakeWeChat/subscribeRoutes';
import { measure } from './measure';

/** Every answer of the local servers comes 50 ms after its request, as over a real network. */
const LATENCY = { ms: 50 };
const ACCOUNT = '@TOA#_bench';
const IN_FLIGHT_SWEEP = [1, 5, 10, 20, 40];

/**
 * Where latency, not the API's limit, sets the pace: Add Subscribers and Subscribe Send with
 * several requests in flight (a sweep over Requests in Flight, then the full runs at the default),
 * and two worker processes pushing for one App ID at the same time.
 */
export async function runLatencyBench(): Promise<void> {
	await addSubscribersBench();
	await subscribeSendBench();
	await twoWorkerPushBench();
}

async function addSubscribersBench(): Promise<void> {
	registerCredentialType(new TencentChatApi());
	const server = await new FakeTencentChat().start();
	server.latency = LATENCY;
	const credentials = {
		tencentChatApi: {
			sdkAppId: server.sdkAppId,
			secretKey: server.secretKey,
			adminIdentifier: 'administrator',
			region: 'custom',
			customBaseUrl: server.url,
		},
	};
	const run = async (count: number, requestsInFlight?: number) => {
		resetTransport({ baseDelayMs: 50 });
		server.accounts.clear();
		server.calls.length = 0;
		server.addAccount(ACCOUNT, { MaxSubscriberNum: 1_000_000 });
		const items = Array.from({ length: count }, (_, i) => ({
			userId: `user${String(i).padStart(7, '0')}`,
		}));
		const label = `Add Subscribers, 50 ms, in flight ${requestsInFlight ?? 'default'}`;
		await measure(label, 'subscribers', async () => {
			const result = await runWorkflow(
				itemsIntoWeChatNode(
					items,
					{
						resource: 'chatOfficialAccount',
						operation: 'addSubscribers',
						officialAccount: ACCOUNT,
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
			return { items: added, calls: server.callsTo('add_subscriber').length };
		});
		const calls = server.callsTo('add_subscriber');
		const seconds = (calls[calls.length - 1].at - calls[0].at) / 1000;
		const refused = calls.filter((call) => call.answer?.ErrorCode === 60019).length;
		console.log(
			`  ${Math.round(calls.length / seconds)} calls/s between first and last call, ${refused} rate-limited`,
		);
	};
	try {
		for (const inFlight of IN_FLIGHT_SWEEP) await run(20_000, inFlight);
		await run(100_000);
	} finally {
		await server.stop();
	}
}

const FIELDS = ['thing1', 'number2'];

async function subscribeSendBench(): Promise<void> {
	const server = await new FakeWeChatServer().start();
	server.latency = LATENCY;
	const subscribe = addSubscribeRoutes(server);
	const templateId = addPrivateTemplate(subscribe, {
		title: '开播提醒',
		content: '直播间:{{thing1.DATA}}\n人数:{{number2.DATA}}\n',
		example: '直播间:新品\n人数:2\n',
		type: 3,
	});
	const users = Array.from({ length: 10_000 }, (_, i) => `oBench${i}`);
	for (const openid of users) subscribeUser(subscribe, openid, templateId, Infinity);
	const run = async (count: number, requestsInFlight?: number) => {
		resetTransport({ baseDelayMs: 50 });
		subscribe.sent.length = 0;
		const label = `Subscribe Send, 50 ms, in flight ${requestsInFlight ?? 'default'}`;
		await measure(label, 'messages', async () => {
			const result = await runWorkflow(
				itemsIntoWeChatNode(
					users.slice(0, count).map((openid) => ({ openid, room: '新品首发' })),
					{
						resource: 'subscribeMessage',
						operation: 'send',
						templateId,
						openid: '={{ $json.openid }}',
						data: {
							mappingMode: 'defineBelow',
							value: { thing1: '={{ $json.room }}', number2: '2' },
							matchingColumns: [],
							schema: FIELDS.map((id) => ({
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
					weChatCredentials(server),
				),
			);
			if (result.error) throw result.error;
			const sent = result.output('WeChat').filter((item) => item.msgid).length;
			if (sent !== count) throw new Error(`only ${sent} of ${count} messages were sent`);
			return { items: sent, calls: sent };
		});
	};
	try {
		for (const inFlight of IN_FLIGHT_SWEEP) await run(1000, inFlight);
		await run(10_000);
	} finally {
		await server.stop();
	}
}

const PUSH = '/wxa/business/push_message';

/** Two worker processes, each pushing 20000 openids for one App ID (rooms 1 and 2) at the same moment. */
async function twoWorkerPushBench(): Promise<void> {
	const server = await new FakeWeChatServer().start();
	server.latency = LATENCY;
	const live = addLiveRoutes(server);
	live.rooms.add(1);
	live.rooms.add(2);
	const count = 20_000;
	const worker = (room: number) =>
		new Promise<{ elapsedMs: number; error?: string; statuses: string[] }>((resolve, reject) =>
			execFile(
				process.execPath,
				[path.join(__dirname, 'pushWorker.js')],
				{
					env: {
						...process.env,
						PUSH_SERVER_URL: server.url,
						PUSH_APP_ID: server.appId,
						PUSH_APP_SECRET: server.appSecret,
						PUSH_ROOM: String(room),
						PUSH_COUNT: String(count),
					},
					maxBuffer: 64 * 2 ** 20,
				},
				(error, stdout) => (error ? reject(error) : resolve(JSON.parse(stdout))),
			),
		);
	try {
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
		const delivered = live.pushes.flatMap((push) =>
			push.openids.map((id) => `${push.roomId}|${id}`),
		);
		const duplicates = delivered.length - new Set(delivered).size;
		const refused = server
			.callsTo(PUSH)
			.filter((call) => (call.answer as { errcode?: number })?.errcode === 45011).length;
		const unknown = results
			.flatMap((result) => result.statuses)
			.filter((s) => s === 'outcomeUnknown');
		console.log(
			`Two workers, Push ${count} openids each, one App ID, 50 ms: ${elapsed.toFixed(1)} s together ` +
				`(floor ${(2 * count) / 2000} s), ${delivered.length} delivered, ${duplicates} duplicates, ` +
				`${unknown.length} unknown batches, ${refused} refusals (45011) waited out`,
		);
	} finally {
		await server.stop();
	}
}
