/**
 * The data the demo, the editor check and the output-schema samples find in the local WeChat and
 * Tencent Cloud Chat: three live rooms with 4321 followers, one private subscription template
 * (with a subscribed follower), the API quota, the live broadcast API with a verified anchor,
 * approved goods 1-3 and a room image (examples/create-tomorrows-live-room.json), a verified
 * sub-anchor, goods 4 in audit, a replay of room 1 and the explanation video of goods 1 in room 1,
 * and one Chat official account with a subscriber and a message.
 */
import { chatMessageState } from './fakeTencent/chatMessageRoutes';
import type { FakeTencentChat } from './fakeTencentChat';
import { addApprovedGoods, addBroadcastRoutes, shareCodePng } from './fakeWeChat/broadcastRoutes';
import { addLiveRoomRoutes, makeLiveRooms } from './fakeWeChat/liveRoomRoutes';
import { addLiveRoutes, makeFollowers } from './fakeWeChat/liveRoutes';
import { seedDemoCustomerService } from './demoCustomerService';
import { addMediaRoutes } from './fakeWeChat/mediaRoutes';
import type { FakeWeChatServer } from './fakeWeChat/server';
import { addAnalyticsRoutes } from './fakeWeChat/analyticsRoutes';
import { addLinkRoutes } from './fakeWeChat/linkRoutes';
import { addMiniProgramCodeRoutes } from './fakeWeChat/miniProgramCodeRoutes';
import { seedDemoShipping } from './fakeWeChat/shippingRoutes';
import {
	addPrivateTemplate,
	addSubscribeRoutes,
	subscribeUser,
} from './fakeWeChat/subscribeRoutes';

export const DEMO_OFFICIAL_ACCOUNT = '@TOA#_demo_news';
export const DEMO_MESSAGE_KEY = '1_1_1700000000';
export const DEMO_ANCHOR = 'anchor_wx';
/** Verified too, so it can be a room's sub-anchor (WeChat refuses the room's own anchor). */
export const DEMO_SUB_ANCHOR = 'sub_anchor_wx';
/** Goods 4 is in audit under this audit id (the audit can be withdrawn). */
export const DEMO_GOODS_IN_AUDIT = { goodsId: 4, auditId: 900004 };

export interface DemoWeChatData {
	templateId: string;
	/** A follower of room 1 who accepted the template. */
	subscribedOpenid: string;
}

export function seedDemoWeChat(weChat: FakeWeChatServer): DemoWeChatData {
	const live = addLiveRoutes(weChat);
	live.followers = makeFollowers(4321, [1, 2, 3]);
	[1, 2, 3].forEach((room) => live.rooms.add(room));
	const rooms = addLiveRoomRoutes(weChat);
	rooms.rooms = makeLiveRooms(3);
	const media = addMediaRoutes(weChat);
	const broadcast = addBroadcastRoutes(weChat, { rooms, media, live });
	broadcast.verified.add(DEMO_ANCHOR).add(DEMO_SUB_ANCHOR);
	addApprovedGoods(broadcast, 3, 1);
	const [inAudit] = addApprovedGoods(broadcast, 1, DEMO_GOODS_IN_AUDIT.goodsId, 1);
	inAudit.auditId = DEMO_GOODS_IN_AUDIT.auditId;
	broadcast.replays.set(1, [
		{
			media_url: 'http://mmbiz.qpic.cn/demo/replay-1.mp4',
			create_time: '2026-11-24T20:00:00+08:00',
			expire_time: '2027-05-24T20:00:00+08:00',
		},
	]);
	broadcast.goodsVideos.set('1:1', 'http://mmbiz.qpic.cn/demo/goods-1-explained.mp4');
	weChat.route(
		'/demo/room-image.png',
		() => ({ binary: shareCodePng(1), contentType: 'image/png' }),
		{ public: true },
	);
	const subscriptions = addSubscribeRoutes(weChat);
	const templateId = addPrivateTemplate(subscriptions, {
		title: 'Live broadcast reminder',
		content: 'Room:{{thing1.DATA}}\nStarts:{{time2.DATA}}\nNote:{{thing3.DATA}}\n',
		example: 'Room:Spring sale\nStarts:2026-11-24 20:00\nNote:Coupons at the start\n',
		type: 2,
	});
	const subscribedOpenid = live.followers[0].openid;
	subscriptions.users.add(subscribedOpenid);
	subscribeUser(subscriptions, subscribedOpenid, templateId, 3);
	seedDemoShipping(weChat);
	seedDemoGrowth(weChat);
	seedDemoCustomerService(weChat, media, subscribedOpenid, shareCodePng(2));
	weChat.route('/cgi-bin/openapi/quota/get', () => ({
		quota: { daily_limit: 5000, used: 0, remain: 5000 },
	}));
	return { templateId, subscribedOpenid };
}

/** A one-to-one message the administrator sent alice (Chat Message > Recall, Get History). */
export const DEMO_CHAT_MESSAGE_KEY = 'c2c_1_1700000000';

export function seedDemoTencent(tencent: FakeTencentChat): void {
	chatMessageState(tencent).messages.push({
		From_Account: 'administrator',
		To_Account: 'alice',
		MsgSeq: 1,
		MsgRandom: 1,
		MsgTimeStamp: 1700000000,
		MsgKey: DEMO_CHAT_MESSAGE_KEY,
		MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'Welcome to the shop' } }],
		recalled: false,
	});
	const account = tencent.addAccount(DEMO_OFFICIAL_ACCOUNT, { Name: 'Demo News' }, ['alice']);
	account.messages.push({
		MsgSeq: 1,
		MsgKey: DEMO_MESSAGE_KEY,
		MsgTimeStamp: 1700000000,
		MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'Welcome to Demo News' } }],
		recalled: false,
	});
}

/** A URL Scheme and a URL Link the demo Mini Program made (Get Scheme Info, Get URL Link Info). */
export const DEMO_SCHEME = 'weixin://dl/business/?t=demoScheme01';
export const DEMO_URL_LINK = 'https://wxaurl.cn/demoLink01';

/** Codes, links (with the two above) and analytics. */
function seedDemoGrowth(weChat: FakeWeChatServer): void {
	addMiniProgramCodeRoutes(weChat);
	const links = addLinkRoutes(weChat);
	const made = Math.floor(weChat.clock.now() / 1000);
	const link = {
		appId: weChat.appId,
		path: 'pages/campaign/campaign',
		query: 'campaign=spring',
		envVersion: 'release',
		createTime: made,
		expireTime: made + 30 * 86_400,
	};
	links.links.set(DEMO_SCHEME, { kind: 'scheme', ...link });
	links.links.set(DEMO_URL_LINK, { kind: 'urlLink', ...link });
	addAnalyticsRoutes(weChat);
}
