/**
 * Local stand-ins for WeChat (port 8701) and Tencent Cloud Chat (port 8702), seeded for the demo
 * workflows. They behave like the real services, limits and errcodes included. Stops on SIGINT/SIGTERM.
 */
import { seedDemoTencent, seedDemoWeChat } from '../../testkit/servers/demoSeed';
import { FakeTencentChat } from '../../testkit/servers/fakeTencentChat';
import { FakeComponentPlatform } from '../../testkit/servers/fakeWeChat/componentRoutes';
import { FakeWeChatServer } from '../../testkit/servers/fakeWeChat/server';

export const DEMO_WECHAT_PORT = 8701;
export const DEMO_TENCENT_PORT = 8702;

async function main(): Promise<void> {
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

	console.log(
		JSON.stringify({
			weChat: { url: weChat.url, appId: weChat.appId, appSecret: weChat.appSecret },
			platform: {
				componentAppId: platform.componentAppId,
				componentAppSecret: platform.componentAppSecret,
				token: platform.token,
				encodingAESKey: platform.encodingAESKey,
			},
			tencent: { url: tencent.url, sdkAppId: tencent.sdkAppId, secretKey: tencent.secretKey },
		}),
	);
	const stop = async () => {
		await Promise.all([weChat.stop(), tencent.stop()]);
		process.exit(0);
	};
	process.on('SIGINT', () => void stop());
	process.on('SIGTERM', () => void stop());
}

void main();
