/**
 * The local WeChat and Tencent Cloud Chat of the end-to-end run, as one process that every n8n
 * process calls, so their limits (2000 openids/s per App ID, 200 calls/s per SDKAppID) are shared
 * by all callers as the real services share them. A control port answers GET /stats (see
 * serverStats.ts) and POST /reset. Prints one JSON line with the endpoints, then serves until
 * SIGTERM/SIGINT. The third-party platform's control routes (/platform/*) are in platformServer.ts.
 *
 *   E2E_LATENCY_MS, E2E_LATENCY_JITTER_MS   every answer after this long (default 0)
 *   E2E_ROOMS                               live room ids (default 1,2)
 *   E2E_SUBSCRIBED_USERS                    users subscribed long-term to the template (default 200)
 *   E2E_WECHAT_PORT, E2E_TENCENT_PORT, E2E_CONTROL_PORT   (default: any free port)
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { FakeTencentChat } from '../../testkit/servers/fakeTencentChat';
import { addLiveRoutes } from '../../testkit/servers/fakeWeChat/liveRoutes';
import { FakeWeChatServer } from '../../testkit/servers/fakeWeChat/server';
import {
	addPrivateTemplate,
	addSubscribeRoutes,
	subscribeUser,
} from '../../testkit/servers/fakeWeChat/subscribeRoutes';
import { latencyFromEnv } from '../../testkit/servers/latency';
import { E2ePlatform, type PlatformEndpoint } from './platformServer';
import { collectStats, resetRecords, type FakeServices } from './serverStats';

export const E2E_OFFICIAL_ACCOUNT = '@TOA#_e2e_news';

export interface E2eEndpoints {
	weChat: { url: string; appId: string; appSecret: string; templateId: string };
	tencent: { url: string; sdkAppId: number; secretKey: string; officialAccount: string };
	/** The third-party platform on the same local WeChat (its control routes: platformServer.ts). */
	platform: PlatformEndpoint;
	controlUrl: string;
	subscribedUsers: string[];
	latency: { ms: number; jitterMs?: number };
}

export function subscribedUser(index: number): string {
	return `oE2eSubscriber${String(index).padStart(5, '0')}`;
}

async function startFakes(): Promise<
	FakeServices & { templateId: string; users: string[]; platform: E2ePlatform }
> {
	const latency = latencyFromEnv('E2E_LATENCY');
	const weChat = await new FakeWeChatServer().start(Number(process.env.E2E_WECHAT_PORT ?? 0));
	weChat.latency = latency;
	const live = addLiveRoutes(weChat);
	for (const room of (process.env.E2E_ROOMS ?? '1,2').split(',')) live.rooms.add(Number(room));
	const subscribe = addSubscribeRoutes(weChat);
	const templateId = addPrivateTemplate(subscribe, {
		title: 'Live broadcast reminder',
		content: 'Room:{{thing1.DATA}}\nStarts:{{time2.DATA}}\n',
		example: 'Room:Spring sale\nStarts:2026-11-24 20:00\n',
		type: 3,
	});
	const users = Array.from(
		{ length: Number(process.env.E2E_SUBSCRIBED_USERS ?? 200) },
		(_, index) => subscribedUser(index),
	);
	for (const user of users) subscribeUser(subscribe, user, templateId, Infinity);
	const tencent = await new FakeTencentChat().start(Number(process.env.E2E_TENCENT_PORT ?? 0));
	tencent.latency = latency;
	tencent.addAccount(E2E_OFFICIAL_ACCOUNT, { Name: 'E2E News', MaxSubscriberNum: 1_000_000 });
	const platform = new E2ePlatform(weChat, live);
	return { weChat, live, subscribe, tencent, templateId, users, platform };
}

function startControl(fakes: FakeServices, platform: E2ePlatform): Promise<Server> {
	const control = createServer((req, res) => {
		if (platform.handle(req, res)) return;
		if (req.method === 'GET' && req.url === '/stats') {
			res.writeHead(200, { 'content-type': 'application/json' });
			return void res.end(JSON.stringify(collectStats(fakes)));
		}
		if (req.method === 'POST' && req.url === '/reset') {
			resetRecords(fakes);
			return void res.writeHead(204).end();
		}
		res.writeHead(404).end();
	});
	return new Promise((resolve) =>
		control.listen(Number(process.env.E2E_CONTROL_PORT ?? 0), '127.0.0.1', () => resolve(control)),
	);
}

async function main(): Promise<void> {
	const fakes = await startFakes();
	const control = await startControl(fakes, fakes.platform);
	const endpoints: E2eEndpoints = {
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
			officialAccount: E2E_OFFICIAL_ACCOUNT,
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
}

if (require.main === module) void main();
