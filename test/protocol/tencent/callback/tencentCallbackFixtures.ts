import { tencentCallbackSign } from '../../../../nodes/protocol/tencent/callback/callbackSign';

export const TEST_SDK_APP_ID = 1400187352;
export const TEST_CALLBACK_TOKEN = 'callback-token-never-shown-9f3a';
export const TEST_SECRET_KEY = 'secret-key-never-shown-5b21c0d7e8';

export interface TencentFixture {
	command: string;
	body: Record<string, unknown>;
	/** The dedupKey the trigger must produce (stable across deliveries). */
	dedupKey: string | RegExp;
}

const EVENT_TIME = 1_760_000_000_123;

/** One payload per official-account callback, shaped like Tencent's documented request bodies. */
export const TENCENT_FIXTURES: TencentFixture[] = [
	{
		command: 'OfficialAccount.CallbackBeforeCreateOfficialAccount',
		body: {
			Operator_Account: 'admin',
			Owner_Account: 'owner-1',
			Name: 'Store News',
			EventTime: EVENT_TIME,
		},
		dedupKey: `OfficialAccount.CallbackBeforeCreateOfficialAccount|owner-1|Store News|${EVENT_TIME}`,
	},
	{
		command: 'OfficialAccount.CallbackAfterCreateOfficialAccount',
		body: {
			Official_Account: '@TOA#_store_news',
			Operator_Account: 'admin',
			Owner_Account: 'owner-1',
			Name: 'Store News',
			EventTime: EVENT_TIME,
		},
		dedupKey: `OfficialAccount.CallbackAfterCreateOfficialAccount|@TOA#_store_news|${EVENT_TIME}`,
	},
	{
		command: 'OfficialAccount.CallbackAfterOfficialAccountInfoChanged',
		body: {
			Official_Account: '@TOA#_store_news',
			Operator_Account: 'admin',
			Introduction: 'Weekly offers',
			Name: 'Store News 2',
			FaceUrl: 'https://example.com/face.png',
			Organization: 'Example Ltd',
			EventTime: EVENT_TIME,
		},
		dedupKey: `OfficialAccount.CallbackAfterOfficialAccountInfoChanged|@TOA#_store_news|${EVENT_TIME}`,
	},
	{
		command: 'OfficialAccount.CallbackAfterOfficialAccountDestroyed',
		body: {
			Official_Account: '@TOA#_store_news',
			Owner_Account: 'owner-1',
			Name: 'Store News',
			EventTime: EVENT_TIME,
		},
		dedupKey: `OfficialAccount.CallbackAfterOfficialAccountDestroyed|@TOA#_store_news|${EVENT_TIME}`,
	},
	{
		command: 'OfficialAccount.CallbackBeforeAddSubscriber',
		body: {
			Official_Account: '@TOA#_store_news',
			Operator_Account: 'admin',
			SubscribeAccountList: [{ Subscriber_Account: 'user-b' }, { Subscriber_Account: 'user-a' }],
			EventTime: EVENT_TIME,
		},
		dedupKey: `OfficialAccount.CallbackBeforeAddSubscriber|@TOA#_store_news|${EVENT_TIME}|user-a,user-b`,
	},
	{
		command: 'OfficialAccount.CallbackAfterAddSubscriber',
		body: {
			Official_Account: '@TOA#_store_news',
			Operator_Account: 'admin',
			SubscribeAccountList: [{ Subscriber_Account: 'user-a' }, { Subscriber_Account: 'user-b' }],
			EventTime: EVENT_TIME,
		},
		dedupKey: `OfficialAccount.CallbackAfterAddSubscriber|@TOA#_store_news|${EVENT_TIME}|user-a,user-b`,
	},
	{
		command: 'OfficialAccount.CallbackAfterOfficialAccountFull',
		body: { Official_Account: '@TOA#_store_news', EventTime: EVENT_TIME },
		dedupKey: `OfficialAccount.CallbackAfterOfficialAccountFull|@TOA#_store_news|${EVENT_TIME}`,
	},
	{
		command: 'OfficialAccount.CallbackAfterDeleteSubscriber',
		body: {
			Official_Account: '@TOA#_store_news',
			Operator_Account: 'user-a',
			SubscribeAccountList: [{ Subscriber_Account: 'user-a' }],
			EventTime: EVENT_TIME,
		},
		dedupKey: `OfficialAccount.CallbackAfterDeleteSubscriber|@TOA#_store_news|${EVENT_TIME}|user-a`,
	},
	{
		command: 'OfficialAccount.CallbackBeforeSendMsg',
		body: {
			Official_Account: '@TOA#_store_news',
			OnlineOnlyFlag: 0,
			MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'Sale starts now' } }],
			CloudCustomData: '{"campaign":7}',
			EventTime: EVENT_TIME,
		},
		dedupKey: new RegExp(
			`^OfficialAccount\\.CallbackBeforeSendMsg\\|@TOA#_store_news\\|${EVENT_TIME}\\|sha256:[0-9a-f]{32}$`,
		),
	},
	{
		command: 'OfficialAccount.CallbackAfterSendMsg',
		body: {
			Official_Account: '@TOA#_store_news',
			MsgKey: '71_1_1760000000',
			MsgTime: 1_760_000_000,
			OnlineOnlyFlag: 0,
			MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'Sale starts now' } }],
			CloudCustomData: '{"campaign":7}',
			EventTime: EVENT_TIME,
		},
		dedupKey: 'OfficialAccount.CallbackAfterSendMsg|@TOA#_store_news|71_1_1760000000',
	},
	{
		command: 'OfficialAccount.CallbackAfterMsgWithDraw',
		body: {
			Official_Account: '@TOA#_store_news',
			WithdrawMsgList: [{ MsgKey: '72_1_1760000001' }, { MsgKey: '71_1_1760000000' }],
			EventTime: EVENT_TIME,
		},
		dedupKey: `OfficialAccount.CallbackAfterMsgWithDraw|@TOA#_store_news|71_1_1760000000,72_1_1760000001|${EVENT_TIME}`,
	},
];

export function fixtureBody(fixture: TencentFixture): string {
	return JSON.stringify({ CallbackCommand: fixture.command, ...fixture.body });
}

/** The query Tencent appends to the callback URL; signed when a token is given. */
export function tencentQuery(
	options: {
		command?: string;
		sdkAppId?: number | string;
		token?: string | null;
		requestTime?: number;
		clientIp?: string;
		optPlatform?: string;
	} = {},
): Record<string, string> {
	const query: Record<string, string> = {
		SdkAppid: String(options.sdkAppId ?? TEST_SDK_APP_ID),
		CallbackCommand: options.command ?? 'OfficialAccount.CallbackAfterAddSubscriber',
		contenttype: 'json',
		ClientIP: options.clientIp ?? '203.0.113.7',
		OptPlatform: options.optPlatform ?? 'RESTAPI',
	};
	const token = options.token === undefined ? TEST_CALLBACK_TOKEN : options.token;
	if (token !== null) {
		const requestTime = String(options.requestTime ?? Math.floor(Date.now() / 1000));
		query.RequestTime = requestTime;
		query.Sign = tencentCallbackSign(token, requestTime);
	}
	return query;
}
