/**
 * Local stand-ins for WeChat (port 8701) and Tencent Cloud Chat (port 8702), seeded for the demo
 * workflows. They behave like the real services, limits and errcodes included. Stops on SIGINT/SIGTERM.
 */
import { FakeTencentChat } from '../../testkit/servers/fakeTencentChat';
import { FakeComponentPlatform } from '../../testkit/servers/fakeWeChat/componentRoutes';
import { addLiveRoomRoutes, makeLiveRooms } from '../../testkit/servers/fakeWeChat/liveRoomRoutes';
import { addLiveRoutes, makeFollowers } from '../../testkit/servers/fakeWeChat/liveRoutes';
import { FakeWeChatServer } from '../../testkit/servers/fakeWeChat/server';
import {
	addPrivateTemplate,
	addSubscribeRoutes,
	subscribeUser,
} from '../../testkit/servers/fakeWeChat/subscribeRoutes';

export const DEMO_WECHAT_PORT = 8701;
export const DEMO_TENCENT_PORT = 8702;

async function main(): Promise<void> {
	const weChat = await new FakeWeChatServer().start(
		Number(process.env.DEMO_WECHAT_PORT ?? DEMO_WECHAT_PORT),
	);
	const live = addLiveRoutes(weChat);
	live.followers = makeFollowers(4321, [1, 2, 3]);
	[1, 2, 3].forEach((room) => live.rooms.add(room));
	const rooms = addLiveRoomRoutes(weChat);
	rooms.rooms = makeLiveRooms(3);
	const subscriptions = addSubscribeRoutes(weChat);
	const templateId = addPrivateTemplate(subscriptions, {
		title: 'Live broadcast reminder',
		content: 'Room:{{thing1.DATA}}\nStarts:{{time2.DATA}}\nNote:{{thing3.DATA}}\n',
		example: 'Room:Spring sale\nStarts:2026-11-24 20:00\nNote:Coupons at the start\n',
		type: 2,
	});
	subscriptions.users.add(live.followers[0].openid);
	subscribeUser(subscriptions, live.followers[0].openid, templateId, 3);
	weChat.route('/cgi-bin/openapi/quota/get', () => ({
		quota: { daily_limit: 5000, used: 0, remain: 5000 },
	}));
	// The third-party platform side, for the ticket workflow's credential (its Test button).
	const platform = new FakeComponentPlatform(weChat);

	const tencent = await new FakeTencentChat().start(
		Number(process.env.DEMO_TENCENT_PORT ?? DEMO_TENCENT_PORT),
	);
	tencent.addAccount('@TOA#_demo_news', { Name: 'Demo News' }, ['alice']);

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
