/**
 * Local stand-ins for WeChat (port 8701) and Tencent Cloud Chat (port 8702), seeded for the demo
 * workflows (testkit/servers/demoSeed.ts), in a process of their own next to n8n. They behave like
 * the real services, limits and errcodes included. The demo and the editor check start them with
 * startDemoStandIns; run as a process, this file serves them until SIGINT/SIGTERM.
 */
import { spawn } from 'node:child_process';

import { seedDemoTencent, seedDemoWeChat } from '../../testkit/servers/demoSeed';
import { FakeTencentChat } from '../../testkit/servers/fakeTencentChat';
import { FakeComponentPlatform } from '../../testkit/servers/fakeWeChat/componentRoutes';
import { FakeWeChatServer } from '../../testkit/servers/fakeWeChat/server';
import type { PlatformEndpoint } from '../../testkit/servers/platformControl';

export const DEMO_WECHAT_PORT = 8701;
export const DEMO_TENCENT_PORT = 8702;

/** Where the stand-ins listen and the secrets they accept, as the demo credentials need them. */
export interface DemoEndpoints {
	weChat: { url: string; appId: string; appSecret: string };
	platform: PlatformEndpoint;
	tencent: { url: string; sdkAppId: number; secretKey: string };
}

export interface DemoStandIns {
	endpoints: DemoEndpoints;
	stop(): void;
}

/** Starts the stand-ins' process (ports from `ports`, else 8701 / 8702); resolves once they listen. */
export async function startDemoStandIns(
	ports: { weChat?: number; tencent?: number } = {},
): Promise<DemoStandIns> {
	const env = { ...process.env };
	if (ports.weChat) env.DEMO_WECHAT_PORT = String(ports.weChat);
	if (ports.tencent) env.DEMO_TENCENT_PORT = String(ports.tencent);
	const child = spawn(process.execPath, [__filename], {
		stdio: ['ignore', 'pipe', 'inherit'],
		env,
	});
	const line = await new Promise<string>((resolve, reject) => {
		child.stdout.once('data', (chunk) => resolve(String(chunk).split('\n')[0]));
		child.once('exit', (code) => reject(new Error(`the demo stand-ins exited (${code})`)));
	});
	return { endpoints: JSON.parse(line) as DemoEndpoints, stop: () => child.kill('SIGTERM') };
}

async function serve(): Promise<void> {
	const weChat = await new FakeWeChatServer().start(
		Number(process.env.DEMO_WECHAT_PORT ?? DEMO_WECHAT_PORT),
	);
	seedDemoWeChat(weChat);
	// The third-party platform side, for the ticket workflow's credential (its Test button).
	const platform = new FakeComponentPlatform(weChat);
	const tencent = await new FakeTencentChat().start(
		Number(process.env.DEMO_TENCENT_PORT ?? DEMO_TENCENT_PORT),
	);
	seedDemoTencent(tencent);

	const endpoints: DemoEndpoints = {
		weChat: { url: weChat.url, appId: weChat.appId, appSecret: weChat.appSecret },
		platform: {
			componentAppId: platform.componentAppId,
			componentAppSecret: platform.componentAppSecret,
			token: platform.token,
			encodingAESKey: platform.encodingAESKey,
		},
		tencent: { url: tencent.url, sdkAppId: tencent.sdkAppId, secretKey: tencent.secretKey },
	};
	console.log(JSON.stringify(endpoints));
	const stop = async () => {
		await Promise.all([weChat.stop(), tencent.stop()]);
		process.exit(0);
	};
	process.on('SIGINT', () => void stop());
	process.on('SIGTERM', () => void stop());
}

if (require.main === module) void serve();
