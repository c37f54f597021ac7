/**
 * The local WeChat and Tencent Cloud Chat as a process of their own, which every caller (n8n
 * processes of the end-to-end run, the benchmark's node and push workers) reaches over HTTP, so
 * their limits (2000 openids/s per App ID, 200 calls/s per SDKAppID) are shared by all callers as
 * the real services share them, and their CPU is not the caller's. A control port answers
 * GET /stats (see localServicesStats.ts), POST /reset and POST /customer-service/wrote
 * (`{"openids": [...]}`: these users have just written, so each may be answered 5 times). Takes its LocalServicesConfig as JSON in
 * argv[2], prints one JSON line with the endpoints, then serves until SIGTERM/SIGINT or until its
 * stdin closes (its launcher is gone). The third-party platform's control routes (/platform/*) are
 * in platformControl.ts.
 * Start it with startLocalServicesProcess (localServicesProcess.ts).
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { FakeTencentChat } from './fakeTencentChat';
import { addCustomerServiceRoutes, userWrote } from './fakeWeChat/customerServiceRoutes';
import { addLiveRoutes } from './fakeWeChat/liveRoutes';
import { addMediaRoutes } from './fakeWeChat/mediaRoutes';
import { FakeWeChatServer } from './fakeWeChat/server';
import {
	addPrivateTemplate,
	addSubscribeRoutes,
	subscribeUser,
} from './fakeWeChat/subscribeRoutes';
import type { Latency } from './latency';
import { collectStats, resetRecords } from './localServicesStats';
import type { FakeServices } from './localServicesStats';
import { E2ePlatform } from './platformControl';
import type { PlatformEndpoint } from './platformControl';

export const LOCAL_OFFICIAL_ACCOUNT = '@TOA#_e2e_news';

export interface LocalServicesConfig {
	/** Every answer after this long. */
	latency: Latency;
	/** Live room ids. */
	rooms: number[];
	/** How many users are subscribed long-term to the template (subscribedUser(0..n-1)). */
	subscribedUsers: number;
	/** Fixed ports (default: any free port). */
	ports?: { weChat?: number; tencent?: number; control?: number };
}

export interface LocalServicesEndpoints {
	weChat: { url: string; appId: string; appSecret: string; templateId: string };
	tencent: { url: string; sdkAppId: number; secretKey: string; officialAccount: string };
	/** The third-party platform on the same local WeChat (its control routes: platformControl.ts). */
	platform: PlatformEndpoint;
	controlUrl: string;
	subscribedUsers: string[];
	latency: Latency;
}

export function subscribedUser(index: number): string {
	return `oE2eSubscriber${String(index).padStart(5, '0')}`;
}

async function startFakes(
	config: LocalServicesConfig,
): Promise<FakeServices & { templateId: string; users: string[]; platform: E2ePlatform }> {
	const weChat = await new FakeWeChatServer().start(config.ports?.weChat ?? 0);
	weChat.latency = config.latency;
	const live = addLiveRoutes(weChat);
	for (const room of config.rooms) live.rooms.add(room);
	const subscribe = addSubscribeRoutes(weChat);
	const templateId = addPrivateTemplate(subscribe, {
		title: 'Live broadcast reminder',
		content: 'Room:{{thing1.DATA}}\nStarts:{{time2.DATA}}\n',
		example: 'Room:Spring sale\nStarts:2026-11-24 20:00\n',
		type: 3,
	});
	const users = Array.from({ length: config.subscribedUsers }, (_, index) => subscribedUser(index));
	for (const user of users) subscribeUser(subscribe, user, templateId, Infinity);
	const tencent = await new FakeTencentChat().start(config.ports?.tencent ?? 0);
	tencent.latency = config.latency;
	tencent.addAccount(LOCAL_OFFICIAL_ACCOUNT, { Name: 'E2E News', MaxSubscriberNum: 1_000_000 });
	const platform = new E2ePlatform(weChat, live);
	const customerService = addCustomerServiceRoutes(weChat, addMediaRoutes(weChat), () =>
		weChat.clock.now(),
	);
	return { weChat, live, subscribe, tencent, customerService, templateId, users, platform };
}

function startControl(fakes: FakeServices, platform: E2ePlatform, port: number): Promise<Server> {
	const control = createServer((req, res) => {
		if (platform.handle(req, res)) return;
		if (req.method === 'GET' && req.url === '/stats') {
			res.writeHead(200, { 'content-type': 'application/json' });
			return void res.end(JSON.stringify(collectStats(fakes)));
		}
		if (req.method === 'POST' && req.url === '/customer-service/wrote') {
			const chunks: Buffer[] = [];
			req.on('data', (chunk: Buffer) => chunks.push(chunk));
			req.on('end', () => {
				const { openids } = JSON.parse(Buffer.concat(chunks).toString()) as { openids: string[] };
				for (const openid of openids) userWrote(fakes.customerService, openid);
				res.writeHead(204).end();
			});
			return;
		}
		if (req.method === 'POST' && req.url === '/reset') {
			resetRecords(fakes);
			return void res.writeHead(204).end();
		}
		res.writeHead(404).end();
	});
	return new Promise((resolve) => control.listen(port, '127.0.0.1', () => resolve(control)));
}

async function main(): Promise<void> {
	const config = JSON.parse(process.argv[2]) as LocalServicesConfig;
	const fakes = await startFakes(config);
	const control = await startControl(fakes, fakes.platform, config.ports?.control ?? 0);
	const endpoints: LocalServicesEndpoints = {
		weChat: {
			url: fakes.weChat.url,
			appId: fakes.weChat.appId,
			appSecret: fakes.weChat.appSecret,
			templateId: fakes.templateId,
		},
		tencent: {
			url: fakes.tencent.url,
			sdkAppId: fakes.tencent.sdkAppId,
			secretKey: fakes.tencent.secretKey,
			officialAccount: LOCAL_OFFICIAL_ACCOUNT,
		},
		platform: fakes.platform.endpoint,
		controlUrl: `http://127.0.0.1:${(control.address() as AddressInfo).port}`,
		subscribedUsers: fakes.users,
		latency: fakes.weChat.latency,
	};
	console.log(JSON.stringify(endpoints));
	const stop = async () => {
		control.close();
		await Promise.all([fakes.weChat.stop(), fakes.tencent.stop()]);
		process.exit(0);
	};
	process.on('SIGINT', () => void stop());
	process.on('SIGTERM', () => void stop());
	// The launcher holds our stdin open: when it ends, however it died, so do we.
	process.stdin.on('end', () => void stop()).resume();
}

if (require.main === module) void main();
