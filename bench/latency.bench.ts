import { TencentChatApi } from '../credentials/TencentChatApi.credentials';
import { registerCredentialType } from '../testkit/engine/credentialsStore';
import { resetTransport } from '../testkit/engine/nodeTransport';
import { itemsIntoWeChatNode, runWorkflow } from '../testkit/engine/runWorkflow';
import { FakeTencentChat } from '../testkit/servers/fakeTencentChat';
import { weChatCredentials } from '../testkit/servers/fakeWeChat/credentials';
import { FakeWeChatServer } from '../testkit/servers/fakeWeChat/server';
import {
	addPrivateTemplate,
	addSubscribeRoutes,
	subscribeUser,
} from '../testkit/servers/fakeWeChat/subscribeRoutes';
import type { Latency } from '../testkit/servers/latency';
import { measure, type Measurement } from './measure';

/** Every answer of the local servers after 50 ms, as WeChat and Tencent answer over a real network. */
const LATENCY: Latency = { ms: 50 };
const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 100_000);
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 10_000);
const ACCOUNT = '@TOA#_bench_latency';

function againstTarget(value: number, target: number, unit: string): string {
	return `${value.toFixed(1)} ${unit} (target >= ${target}: ${value >= target ? 'met' : 'NOT met'})`;
}

const rate = (m: Measurement, count: number) => count / (m.elapsedMs / 1000);

async function addSubscribers(): Promise<void> {
	registerCredentialType(new TencentChatApi());
	resetTransport({ baseDelayMs: 50 });
	const server = await new FakeTencentChat().start();
	server.latency = LATENCY;
	server.addAccount(ACCOUNT, { MaxSubscriberNum: 1_000_000 });
	const userIds = Array.from({ length: SUBSCRIBERS }, (_, i) => ({
		userId: `user${String(i).padStart(7, '0')}`,
	}));
	try {
		const m = await measure(`Add Subscribers, ${LATENCY.ms} ms a call`, 'subscribers', async () => {
			const result = await runWorkflow(
				itemsIntoWeChatNode(
					userIds,
					{
						resource: 'chatOfficialAccount',
						operation: 'addSubscribers',
						officialAccount: ACCOUNT,
						subscriberSource: 'inputItems',
						subscriberField: 'userId',
					},
					{
						tencentChatApi: {
							sdkAppId: server.sdkAppId,
							secretKey: server.secretKey,
							adminIdentifier: 'administrator',
							region: 'custom',
							customBaseUrl: server.url,
						},
					},
				),
			);
			if (result.error) throw result.error;
			const added = result.output('WeChat').filter((item) => item.status === 'added').length;
			if (added !== SUBSCRIBERS || server.accounts.get(ACCOUNT)!.subscribers.size !== SUBSCRIBERS)
				throw new Error(`only ${added} of ${SUBSCRIBERS} subscribers were added`);
			return { items: added, calls: server.callsTo('add_subscriber').length };
		});
		const rejected = server
			.callsTo('add_subscriber')
			.filter((call) => call.answer?.ErrorCode === 60019).length;
		console.log(
			`  ${againstTarget(rate(m, m.calls), 180, 'calls/s')}, ${againstTarget(rate(m, m.items), 18000, 'subscribers/s')}; ${rejected} answered 60019`,
		);
	} finally {
		await server.stop();
	}
}

async function subscribeSend(): Promise<void> {
	resetTransport({ baseDelayMs: 50 });
	const server = await new FakeWeChatServer().start();
	server.latency = LATENCY;
	const subscribe = addSubscribeRoutes(server);
	const templateId = addPrivateTemplate(subscribe, {
		title: 'Live broadcast reminder',
		content: 'Room:{{thing1.DATA}}\nStarts:{{time2.DATA}}\n',
		example: 'Room:Spring sale\nStarts:2026-11-24 20:00\n',
		type: 3,
	});
	const reminders = Array.from({ length: MESSAGES }, (_, i) => {
		const openid = `oBenchUser${String(i).padStart(6, '0')}`;
		subscribeUser(subscribe, openid, templateId, Infinity);
		return { openid, room: `Room ${i % 9}`, starts: '2026-11-24 20:00' };
	});
	const schema = ['thing1', 'time2'].map((id) => ({
		id,
		displayName: id,
		required: true,
		defaultMatch: false,
		display: true,
		type: 'string',
	}));
	try {
		const m = await measure(
			`Subscribe Message Send, ${LATENCY.ms} ms a call`,
			'messages',
			async () => {
				const result = await runWorkflow(
					itemsIntoWeChatNode(
						reminders,
						{
							resource: 'subscribeMessage',
							operation: 'send',
							templateId,
							openid: '={{ $json.openid }}',
							data: {
								mappingMode: 'defineBelow',
								value: { thing1: '={{ $json.room }}', time2: '={{ $json.starts }}' },
								matchingColumns: [],
								schema,
								attemptToConvertTypes: false,
								convertFieldsToString: true,
							},
						},
						weChatCredentials(server),
					),
				);
				if (result.error) throw result.error;
				const sent = new Set(subscribe.sent.map((message) => message.touser));
				if (subscribe.sent.length !== MESSAGES || sent.size !== MESSAGES)
					throw new Error(
						`${subscribe.sent.length} messages sent to ${sent.size} users, expected ${MESSAGES}`,
					);
				return { items: MESSAGES, calls: server.callsTo('/cgi-bin/message/subscribe/send').length };
			},
		);
		console.log(`  ${againstTarget(rate(m, m.items), 150, 'messages/s')}`);
	} finally {
		await server.stop();
	}
}

/**
 * Latency-bound batches: with every answer after 50 ms, how many calls a second Add Subscribers
 * (100000 UserIDs, 100 a call) and Subscribe Message Send (10000 messages, one a call) reach.
 */
export async function runLatencyBench(): Promise<void> {
	await addSubscribers();
	await subscribeSend();
}
