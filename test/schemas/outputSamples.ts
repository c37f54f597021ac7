/**
 * One real run per operation, whose output items give that operation's output schema
 * (`npm run schemas` writes them, test/schemas/outputSchemas.test.ts checks them). The runs go in
 * this order against one pair of local servers seeded as for the demo (testkit/servers/demoSeed),
 * so a run may use what an earlier one made. A new operation needs one line here; several lines
 * for one operation make one schema of all their outputs.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import {
	DEMO_ANCHOR,
	DEMO_CHAT_MESSAGE_KEY,
	DEMO_GOODS_IN_AUDIT,
	DEMO_MESSAGE_KEY,
	DEMO_OFFICIAL_ACCOUNT,
	DEMO_SCHEME,
	DEMO_SUB_ANCHOR,
	DEMO_URL_LINK,
} from '../../testkit/servers/demoSeed';
import type { DemoWeChatData } from '../../testkit/servers/demoSeed';
import { transactionIdOf } from '../../testkit/servers/fakeWeChat/shippingRoutes';
import { DEMO_USER_IMAGE_MEDIA_ID } from '../../testkit/servers/demoCustomerService';
import { png } from '../actions/broadcastHarness';
import type { InputItem } from '../actions/broadcastHarness';

/**
 * What the triggers really emitted, by WeChat event or Tencent Cloud Chat callback command, and
 * the Third-Party Platform Trigger's by `Platform.<InfoType>`.
 */
export type TriggerOutputs = Map<string, IDataObject[]>;

export interface OperationSample {
	resource: string;
	operation: string;
	/** A function is called when its run starts (for the demo seed's ids, or times from now). */
	parameters?: INodeParameters | ((seed: DemoWeChatData) => INodeParameters);
	/** The input items, JSON and binary (default: one empty item). */
	items?: InputItem[] | ((trigger: TriggerOutputs) => InputItem[]);
	/**
	 * The operation answers the webhook that started the execution (sendResponse, as Respond to
	 * Webhook does): the run fails unless it answers exactly once.
	 */
	answersWebhook?: true;
}

const room = (value: number) => ({ __rl: true, mode: 'id', value });
/** The goods pickers take the same `By ID` shape. */
const goods = room;
const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
const newRoom = () => ({
	name: 'Spring sale live',
	startTime: hoursFromNow(24),
	endTime: hoursFromNow(26),
	anchorName: 'Anna',
	anchorWechat: DEMO_ANCHOR,
	type: 0,
});
const roomImages = [{ binary: { cover: png(4000, 1), share: png(3000, 2), feeds: png(2000, 3) } }];
/** The trigger's item for a before-callback: what the Answer Before-Callback operation gets. */
const triggerItem = (command: string) => (trigger: TriggerOutputs) => {
	const name = command.includes('.') ? command : `OfficialAccount.${command}`;
	const [item] = trigger.get(name) ?? [];
	if (!item) throw new Error(`the trigger emitted nothing for ${name}`);
	return [{ json: item }];
};
/** The merchant that authorises the demo's third-party platform (realOutputs.ts). */
export const SAMPLE_MERCHANT = 'wxshop0000000001';
/** The Third-Party Platform Trigger's item for an authorization event, as the ticket workflow hands it on. */
const platformEvent = (infoType: string) => (trigger: TriggerOutputs) => {
	const [item] = trigger.get(`Platform.${infoType}`) ?? [];
	if (!item) throw new Error(`the platform trigger emitted nothing for ${infoType}`);
	return [{ json: item }];
};
const merchant = { authorizerAppId: SAMPLE_MERCHANT };
/** The demo's paid orders (testkit/servers/fakeWeChat/shippingRoutes seedDemoShipping). */
const order = (index: number) => ({
	transactionId: transactionIdOf(index),
	payerOpenid: `oBuyer${String(index).padStart(4, '0')}`,
});
const parcel = {
	trackingNo: 'YT3750696145732',
	expressCompany: 'YTO',
	itemDesc: 'Ceramic mug*2',
	receiverContact: '139****5678',
};
const account = { officialAccount: DEMO_OFFICIAL_ACCOUNT };
const reminder = {
	mappingMode: 'defineBelow',
	value: { thing1: 'Spring sale', time2: '2026-11-24 20:00', thing3: 'Coupons at the start' },
	matchingColumns: [],
	schema: ['thing1', 'time2', 'thing3'].map((id) => ({ id, displayName: id, required: true })),
	attemptToConvertTypes: false,
	convertFieldsToString: true,
};

// prettier-ignore
export const OPERATION_SAMPLES: OperationSample[] = [
	{ resource: 'liveFollower', operation: 'getMany', parameters: { returnAll: false, limit: 5, filters: { roomId: room(2) } } },
	{ resource: 'liveMessage', operation: 'push', parameters: { roomId: room(1), openidSource: 'list', openids: 'oFollowerA,oFollowerB' } },
	{ resource: 'liveMessage', operation: 'pushToAllFollowers', parameters: { roomId: room(3) } },
	{ resource: 'liveRoom', operation: 'getMany', parameters: { returnAll: true } },
	{ resource: 'live', operation: 'apply' },
	{ resource: 'subscribeMessage', operation: 'send', parameters: ({ templateId, subscribedOpenid }) => ({ templateId, openid: subscribedOpenid, data: reminder }) },
	{ resource: 'customerService', operation: 'send', parameters: ({ subscribedOpenid }) => ({ openid: subscribedOpenid, msgtype: 'text', content: 'Hello, how can we help?' }) },
	{ resource: 'customerService', operation: 'send', items: [{ binary: { data: png(3000) } }], parameters: ({ subscribedOpenid }) => ({ openid: subscribedOpenid, msgtype: 'image', imageSource: 'binary' }) },
	{ resource: 'customerService', operation: 'setTyping', parameters: ({ subscribedOpenid }) => ({ openid: subscribedOpenid, command: 'Typing' }) },
	{ resource: 'customerService', operation: 'uploadMedia', items: [{ binary: { data: png(2000) } }] },
	{ resource: 'customerService', operation: 'getMedia', parameters: { mediaId: DEMO_USER_IMAGE_MEDIA_ID } },
	{ resource: 'contentSecurity', operation: 'checkText', parameters: ({ subscribedOpenid }) => ({ content: 'Is the spring sale still on?', openid: subscribedOpenid, scene: 2 }) },
	{ resource: 'contentSecurity', operation: 'checkMedia', parameters: ({ subscribedOpenid }) => ({ mediaUrl: 'https://cdn.example.com/uploads/photo.jpg', mediaType: 'image', openid: subscribedOpenid, scene: 2 }) },
	{ resource: 'subscribeTemplate', operation: 'getMany', parameters: { returnAll: true } },
	{ resource: 'subscribeTemplate', operation: 'getCategories' },
	{ resource: 'subscribeTemplate', operation: 'getPublicTitles', parameters: { categoryIds: ['616'], returnAll: false, limit: 5 } },
	{ resource: 'subscribeTemplate', operation: 'getPublicKeywords', parameters: { tid: '99' } },
	{ resource: 'subscribeTemplate', operation: 'add', parameters: { tid: '99', keywordIds: '1,2', sceneDesc: 'Live reminders' } },
	{ resource: 'subscribeTemplate', operation: 'delete', parameters: ({ templateId }) => ({ templateId }) },
	{ resource: 'chatAccount', operation: 'import', parameters: { importMode: 'many', accountSource: 'list', userIds: 'alice,bob,carol' } },
	{ resource: 'chatAccount', operation: 'import', parameters: { importMode: 'one', userId: 'dave', nick: 'Dave', faceUrl: 'https://example.com/dave.png' } },
	{ resource: 'chatAccount', operation: 'check', parameters: { accountSource: 'list', userIds: 'alice,stranger' } },
	{ resource: 'chatAccount', operation: 'getOnlineStatus', parameters: { accountSource: 'list', userIds: 'alice,stranger', includeDevices: true } },
	{ resource: 'chatAccount', operation: 'kick', parameters: { accountSource: 'list', userIds: 'alice,stranger' } },
	{ resource: 'chatMessage', operation: 'send', parameters: { toAccount: 'alice', messageType: 'text', text: 'Your order shipped', options: { pushTitle: 'Order update' } } },
	{ resource: 'chatMessage', operation: 'sendBatch', items: [{ json: { userId: 'alice' } }, { json: { userId: 'bob' } }, { json: { userId: 'stranger' } }], parameters: { toAccount: '={{ $json.userId }}', messageType: 'custom', customData: '{"type":"live"}', customDesc: 'We are live' } },
	{ resource: 'chatMessage', operation: 'getUnreadCount', parameters: { toAccount: 'alice' } },
	{ resource: 'chatMessage', operation: 'markRead', parameters: { reportAccount: 'alice', peerAccount: 'administrator' } },
	{ resource: 'chatMessage', operation: 'getHistory', parameters: { operatorAccount: 'alice', peerAccount: 'administrator', returnAll: true } },
	{ resource: 'chatMessage', operation: 'recall', parameters: { fromAccount: 'administrator', toAccount: 'alice', msgKey: DEMO_CHAT_MESSAGE_KEY } },
	{ resource: 'chatAccount', operation: 'delete', parameters: { accountSource: 'list', userIds: 'dave,stranger' } },
	{ resource: 'chatPush', operation: 'pushToAll', parameters: { text: 'We are live', title: 'Live now', desc: 'Spring sale', ext: '{"room":1}' } },
	{ resource: 'chatPush', operation: 'pushToTags', parameters: { conditionType: 'tags', match: 'any', tags: 'vip,shanghai', text: 'VIP sale tonight' } },
	{ resource: 'chatGroup', operation: 'create', parameters: { groupType: 'Public', name: 'Spring sale live', ownerAccount: 'alice', additionalFields: { GroupId: '@TGS#demo_sale', members: 'bob' } } },
	{ resource: 'chatGroup', operation: 'addMembers', parameters: { groupId: '@TGS#demo_sale', accountSource: 'list', userIds: 'carol,stranger' } },
	{ resource: 'chatGroup', operation: 'getMembers', parameters: { groupId: '@TGS#demo_sale', returnAll: true } },
	{ resource: 'chatGroup', operation: 'sendMessage', parameters: { groupId: '@TGS#demo_sale', messageType: 'text', text: 'We are live', options: { fromAccount: 'alice' } } },
	{ resource: 'chatGroup', operation: 'sendSystemNotification', parameters: { groupId: '@TGS#demo_sale', content: 'Live at 20:00', options: { toMembers: 'bob' } } },
	{ resource: 'chatGroup', operation: 'getMany', parameters: { returnAll: true } },
	{ resource: 'chatGroup', operation: 'removeMembers', parameters: { groupId: '@TGS#demo_sale', accountSource: 'list', userIds: 'carol', reason: 'Left the shop' } },
	{ resource: 'chatGroup', operation: 'delete', parameters: { groupId: '@TGS#demo_sale' } },
	{ resource: 'chatOfficialAccount', operation: 'create', parameters: { ownerAccount: 'owner', name: 'Offers' } },
	{ resource: 'chatOfficialAccount', operation: 'get', parameters: { officialAccounts: DEMO_OFFICIAL_ACCOUNT } },
	{ resource: 'chatOfficialAccount', operation: 'update', parameters: { ...account, updateFields: { Introduction: 'Daily news' } } },
	{ resource: 'chatOfficialAccount', operation: 'addSubscribers', parameters: { ...account, subscriberSource: 'list', subscribers: 'alice,bob,carol' } },
	{ resource: 'chatOfficialAccount', operation: 'getSubscribers', parameters: { ...account, returnAll: true } },
	{ resource: 'chatOfficialAccount', operation: 'getSubscribedAccounts', parameters: { subscriber: 'alice', returnAll: true } },
	{ resource: 'chatOfficialAccount', operation: 'updateSubscriber', parameters: { ...account, subscriber: 'alice', customString: 'vip' } },
	{ resource: 'chatOfficialAccount', operation: 'removeSubscribers', parameters: { ...account, subscriberSource: 'list', subscribers: 'carol,stranger' } },
	{ resource: 'chatOfficialAccount', operation: 'sendMessage', parameters: { ...account, messageType: 'text', text: 'Hello' } },
	{ resource: 'chatOfficialAccount', operation: 'getMessages', parameters: { ...account, returnAll: true } },
	{ resource: 'chatOfficialAccount', operation: 'recallMessages', parameters: { ...account, msgKeys: DEMO_MESSAGE_KEY } },
	{ resource: 'chatOfficialAccount', operation: 'delete', parameters: account },
	// The trigger's real item for each before-callback, as a workflow hands it on; the output (that item and
	// the answer sent) is what the next node reads.
	{ resource: 'chatCallback', operation: 'answer', answersWebhook: true, items: triggerItem('CallbackBeforeSendMsg'), parameters: { decision: 'change', cloudCustomData: '{"checked":true}' } },
	{ resource: 'chatCallback', operation: 'answer', answersWebhook: true, items: triggerItem('CallbackBeforeAddSubscriber'), parameters: { decision: 'refuseSome', refusedAccounts: 'user-b' } },
	{ resource: 'chatCallback', operation: 'answer', answersWebhook: true, items: triggerItem('C2C.CallbackBeforeSendMsg'), parameters: { decision: 'change', msgBodyFrom: 'text', msgText: 'see you at the ****' } },
	{ resource: 'chatCallback', operation: 'answer', answersWebhook: true, items: triggerItem('Group.CallbackBeforeSendMsg'), parameters: { decision: 'customCode', errorCode: 120001, errorInfo: 'blocked word' } },
	{ resource: 'chatCallback', operation: 'answer', answersWebhook: true, items: triggerItem('CallbackBeforeCreateOfficialAccount'), parameters: { decision: 'allow' } },
	{ resource: 'liveRoom', operation: 'create', items: roomImages, parameters: newRoom },
	{ resource: 'liveRoom', operation: 'update', items: roomImages, parameters: () => ({ roomId: room(1000), ...newRoom(), name: 'Spring sale live, renamed' }) },
	{ resource: 'liveRoom', operation: 'getPushUrl', parameters: { roomId: room(1000) } },
	{ resource: 'liveRoom', operation: 'getShareCode', parameters: { roomId: room(1), binaryPropertyName: 'code', params: '{"source": "poster"}' } },
	{ resource: 'liveRoom', operation: 'getReplay', parameters: { roomId: room(1), returnAll: true } },
	{ resource: 'liveRoom', operation: 'setOptions', parameters: { roomId: room(1), roomSwitches: { replay: true, comments: false, feedsPublic: true } } },
	{ resource: 'liveRoom', operation: 'addAssistants', parameters: { roomId: room(1), assistants: { assistant: [{ username: 'helper_a', nickname: 'Helper A' }, { username: 'helper_b', nickname: 'Helper B' }] } } },
	{ resource: 'liveRoom', operation: 'updateAssistant', parameters: { roomId: room(1), username: 'helper_b', nickname: 'Helper Bea' } },
	{ resource: 'liveRoom', operation: 'getAssistants', parameters: { roomId: room(1) } },
	{ resource: 'liveRoom', operation: 'removeAssistant', parameters: { roomId: room(1), username: 'helper_a' } },
	{ resource: 'liveRoom', operation: 'addSubAnchor', parameters: { roomId: room(1), username: DEMO_SUB_ANCHOR } },
	{ resource: 'liveRoom', operation: 'getSubAnchor', parameters: { roomId: room(1) } },
	{ resource: 'liveRoom', operation: 'updateSubAnchor', parameters: { roomId: room(1), username: DEMO_ANCHOR } },
	{ resource: 'liveRoom', operation: 'removeSubAnchor', parameters: { roomId: room(1) } },
	{ resource: 'liveRoom', operation: 'delete', parameters: { roomId: room(1000) } },
	{ resource: 'liveRoomGoods', operation: 'importGoods', parameters: { roomId: room(1), goodsIds: '1,2,3' } },
	{ resource: 'liveRoomGoods', operation: 'sort', parameters: { roomId: room(1), goodsIds: '3,1,2' } },
	{ resource: 'liveRoomGoods', operation: 'setOnSale', parameters: { roomId: room(1), goodsId: goods(2), onSale: false } },
	{ resource: 'liveRoomGoods', operation: 'push', parameters: { roomId: room(1), goodsId: goods(1) } },
	{ resource: 'liveRoomGoods', operation: 'getVideo', parameters: { roomId: room(1), goodsId: goods(1) } },
	{ resource: 'liveRoomGoods', operation: 'remove', parameters: { roomId: room(1), goodsId: goods(3) } },
	{ resource: 'liveGoods', operation: 'add', items: [{ binary: { data: png(5000) } }], parameters: { name: 'Tea cup gift box', priceType: 3, price: 99.5, price2: 59.9, url: 'pages/goods/detail?sku=1' } },
	{ resource: 'liveGoods', operation: 'getMany', parameters: { statuses: [1, 2], returnAll: true } },
	{ resource: 'liveGoods', operation: 'update', parameters: { goodsId: goods(1), updateFields: { priceType: 2, price: 9.9, price2: 19.9 } } },
	{ resource: 'liveGoods', operation: 'getStatus', parameters: { goodsIds: '1, 4' } },
	{ resource: 'liveGoods', operation: 'withdrawAudit', parameters: { goodsId: goods(DEMO_GOODS_IN_AUDIT.goodsId), auditId: DEMO_GOODS_IN_AUDIT.auditId } },
	{ resource: 'liveGoods', operation: 'resubmitAudit', parameters: { goodsId: goods(DEMO_GOODS_IN_AUDIT.goodsId) } },
	{ resource: 'liveGoods', operation: 'delete', parameters: { goodsId: goods(3) } },
	{ resource: 'liveRole', operation: 'add', parameters: { username: 'ops_wx', role: 3 } },
	{ resource: 'liveRole', operation: 'getMany', parameters: { role: -1, returnAll: true } },
	{ resource: 'liveRole', operation: 'remove', parameters: { username: 'ops_wx', role: 3 } },
	{ resource: 'shipping', operation: 'upload', parameters: { ...order(0), ...parcel } },
	{ resource: 'shipping', operation: 'upload', parameters: { ...order(0), ...parcel } },
	{ resource: 'shipping', operation: 'getOrder', parameters: order(0) },
	{ resource: 'shipping', operation: 'getManyOrders', parameters: { returnAll: true, filters: { orderState: 1 } } },
	{ resource: 'shipping', operation: 'remindConfirmReceipt', parameters: { ...order(0), receivedTime: '={{ $now.plus({ hours: 1 }).toISO() }}' } },
	{ resource: 'shipping', operation: 'uploadCombined', items: [{ json: { subOrders: [{ transaction_id: transactionIdOf(2), parcels: { tracking_no: 'ZT1', express_company: 'ZTO', item_desc: 'Lid' } }, { transaction_id: transactionIdOf(3), logistics_type: 3, parcels: { item_desc: 'Gift card' } }] } }], parameters: order(1) },
	{ resource: 'shipping', operation: 'setMessageJumpPath', parameters: { path: 'pages/order/detail' } },
	{ resource: 'shipping', operation: 'isTradeManaged' },
	{ resource: 'shipping', operation: 'isSettlementConfirmed' },
	{ resource: 'shipping', operation: 'reportSpecialOrder', parameters: { orderId: transactionIdOf(4), type: 2 } },
	{ resource: 'shipping', operation: 'applyForBrand', parameters: { applyFor: 2 } },
	{ resource: 'shipping', operation: 'getBrandStatus' },
	{ resource: 'shipping', operation: 'changeTradeType', parameters: { tradeType: 2, imageMediaIds: 'media-1', reason: 'We sell physical goods' } },
	{ resource: 'miniProgramCode', operation: 'createUnlimitedCode', parameters: { scene: 'store=12&table=7', page: 'pages/store/store' } },
	{ resource: 'miniProgramCode', operation: 'createCode', parameters: { path: 'pages/order/detail?order=1909917325' } },
	{ resource: 'miniProgramCode', operation: 'createQrCode', parameters: { path: 'pages/store/store?store=12' } },
	{ resource: 'link', operation: 'generateUrlScheme', parameters: { path: 'pages/campaign/campaign', query: 'campaign=spring' } },
	{ resource: 'link', operation: 'generateUrlLink', parameters: { path: 'pages/campaign/campaign', query: 'campaign=spring' } },
	{ resource: 'link', operation: 'generateShortLink', parameters: { pageUrl: 'pages/campaign/campaign?campaign=spring', pageTitle: 'Spring sale' } },
	{ resource: 'link', operation: 'generateNfcScheme', parameters: { path: 'pages/index/index', modelId: 'model-1', serialNumber: 'sn-1' } },
	{ resource: 'link', operation: 'getSchemeInfo', parameters: { scheme: DEMO_SCHEME } },
	{ resource: 'link', operation: 'getUrlLinkInfo', parameters: { urlLink: DEMO_URL_LINK } },
	{ resource: 'analytics', operation: 'getSummary', parameters: { dateRange: 'yesterday' } },
	{ resource: 'analytics', operation: 'getDailyVisitTrend', parameters: { dateRange: 'yesterday' } },
	{ resource: 'analytics', operation: 'getWeeklyVisitTrend', parameters: { dateRange: 'lastWeek' } },
	{ resource: 'analytics', operation: 'getMonthlyVisitTrend', parameters: { dateRange: 'lastMonth' } },
	{ resource: 'analytics', operation: 'getDailyRetention', parameters: { dateRange: 'yesterday' } },
	{ resource: 'analytics', operation: 'getWeeklyRetention', parameters: { dateRange: 'lastWeek' } },
	{ resource: 'analytics', operation: 'getMonthlyRetention', parameters: { dateRange: 'lastMonth' } },
	{ resource: 'analytics', operation: 'getVisitDistribution', parameters: { dateRange: 'yesterday' } },
	{ resource: 'analytics', operation: 'getPageVisits', parameters: { dateRange: 'yesterday' } },
	{ resource: 'analytics', operation: 'getUserPortrait', parameters: { dateRange: 'last7Days' } },
	{ resource: 'analytics', operation: 'getPerformance', parameters: { metric: 'openRate', dateRange: 'last7Days' } },
	// The ticket workflow first (every other call needs the stored ticket), then the merchant it authorised.
	{ resource: 'thirdPartyPlatform', operation: 'storeVerifyTicket', items: platformEvent('component_verify_ticket') },
	{ resource: 'thirdPartyPlatform', operation: 'exchangeAuthorizationCode', items: platformEvent('authorized') },
	{ resource: 'thirdPartyPlatform', operation: 'getAuthorizers' },
	{ resource: 'thirdPartyPlatform', operation: 'getAuthorizerInfo', parameters: merchant },
	{ resource: 'thirdPartyPlatform', operation: 'importRefreshTokens' },
	{ resource: 'thirdPartyPlatform', operation: 'forgetAuthorizer', parameters: merchant },
];
