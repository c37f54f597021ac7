/**
 * WeChat event messages as they arrive on the wire, taken from the seed docs and corrected where
 * the seeds are wrong (noted per fixture), with the clean JSON each must decode to.
 */
export interface EventFixture {
	title: string;
	event: string;
	format: 'xml' | 'json';
	body: string;
	expected: Record<string, unknown>;
}

const header = (event: string, createTime = 1610969440) => ({
	ToUserName: 'gh_123456789abc',
	FromUserName: 'otFpruAK8D-E6EfStSYonYSBZ8_4',
	CreateTime: createTime,
	MsgType: 'event',
	Event: event,
});

const xmlHeader = (event: string, createTime = 1610969440) =>
	`<ToUserName><![CDATA[gh_123456789abc]]></ToUserName>
  <FromUserName><![CDATA[otFpruAK8D-E6EfStSYonYSBZ8_4]]></FromUserName>
  <CreateTime>${createTime}</CreateTime>
  <MsgType><![CDATA[event]]></MsgType>
  <Event><![CDATA[${event}]]></Event>`;

const jsonHeader = (event: string, createTime = 1610969440) =>
	`"ToUserName": "gh_123456789abc", "FromUserName": "otFpruAK8D-E6EfStSYonYSBZ8_4", "CreateTime": "${createTime}", "MsgType": "event", "Event": "${event}"`;

const follow = (action: string) => ({
	...header('wxalive_follow_notify', 1546924844),
	FollowNotify: {
		room_id: 1,
		user_openid: 'oUserFollower',
		time: 1546924844,
		live_status: 101,
		action,
	},
	dedupKey: `wxalive_follow_notify|1|oUserFollower|${action}|1546924844`,
});

// Seed typos corrected: the seed shows `![CDATA[xxx]]` without the leading `<`, and spells the
// unsubscribe action "of the_follow"; WeChat sends `<![CDATA[...]]>` and `del_follow`.
const followXml = (action: string) => `<xml>
  ${xmlHeader('wxalive_follow_notify', 1546924844)}
  <FollowNotify>
    <room_id>1</room_id>
    <user_openid><![CDATA[oUserFollower]]></user_openid>
    <time>1546924844</time>
    <live_status>101</live_status>
    <action><![CDATA[${action}]]></action>
  </FollowNotify>
 </xml>`;

const followJson = (action: string) =>
	`{${jsonHeader('wxalive_follow_notify', 1546924844)}, "FollowNotify": {"room_id": 1, "user_openid": "oUserFollower", "time": 1546924844, "live_status": 101, "action": "${action}"}}`;

const pushResult = {
	...header('wxalive_push_message_notify', 1606273828),
	PushMessageApiNotify: {
		message_id: '1622047360795164672',
		room_id: 7,
		total_count: 2000,
		success_count: 1990,
		openid_error_count: 3,
		relation_error_count: 4,
		user_recv_limit_count: 2,
		internal_error_count: 1,
	},
	dedupKey: 'wxalive_push_message_notify|1622047360795164672',
};

// The seed fills the counters with "xxx"; real pushes carry integers.
const pushXml = `<xml>
   ${xmlHeader('wxalive_push_message_notify', 1606273828)}
   <PushMessageApiNotify>
      <message_id><![CDATA[1622047360795164672]]></message_id>
      <room_id>7</room_id>
      <total_count>2000</total_count>
      <success_count>1990</success_count>
      <openid_error_count>3</openid_error_count>
      <relation_error_count>4</relation_error_count>
      <user_recv_limit_count>2</user_recv_limit_count>
      <internal_error_count>1</internal_error_count>
   </PushMessageApiNotify>
</xml>`;

// message_id exceeds 2^53: sent here as a bare JSON number to prove no digit is lost.
const pushJson = `{${jsonHeader('wxalive_push_message_notify', 1606273828)}, "PushMessageApiNotify": {"message_id": 1622047360795164672, "room_id": 7, "total_count": 2000, "success_count": 1990, "openid_error_count": 3, "relation_error_count": 4, "user_recv_limit_count": 2, "internal_error_count": 1}}`;

const apply = {
	...header('wxa_live_apply_event', 1610969440),
	ApplyLiveInfoNoitfy: { appid: 'wx1234567890abcdef', open_time: 1610969400 },
	dedupKey: 'wxa_live_apply_event|wx1234567890abcdef|1610969400',
};

// "ApplyLiveInfoNoitfy" is misspelt by WeChat itself and must be kept; the seed's CDATA lacks the `<`.
const applyXml = `<xml>
  ${xmlHeader('wxa_live_apply_event')}
  <ApplyLiveInfoNoitfy>
    <appid><![CDATA[wx1234567890abcdef]]></appid>
    <open_time><![CDATA[1610969400]]></open_time>
  </ApplyLiveInfoNoitfy>
</xml>`;

const applyJson = `{${jsonHeader('wxa_live_apply_event')}, "ApplyLiveInfoNoitfy": {"appid": "wx1234567890abcdef", "open_time": 1610969400}}`;

const popupEntries = [
	{
		TemplateId: 'VRR0UEO9VJOLs0MHlU0OilqX6MVFDwH3_3gz3Oc0NIc',
		SubscribeStatusString: 'accept',
		PopupScene: 2,
	},
	{
		TemplateId: '9nLIlbOQZC5Y89AZteFEux3WCXRRRG5Wfzkpssu4bLI',
		SubscribeStatusString: 'reject',
		PopupScene: 2,
	},
];
const popup = {
	...header('subscribe_msg_popup_event'),
	SubscribeMsgPopupEvent: { List: popupEntries },
	dedupKey:
		'subscribe_msg_popup_event|otFpruAK8D-E6EfStSYonYSBZ8_4|1610969440|VRR0UEO9VJOLs0MHlU0OilqX6MVFDwH3_3gz3Oc0NIc,9nLIlbOQZC5Y89AZteFEux3WCXRRRG5Wfzkpssu4bLI',
};
const popupXml = `<xml>
    ${xmlHeader('subscribe_msg_popup_event')}
    <SubscribeMsgPopupEvent>
        <List>
            <TemplateId><![CDATA[VRR0UEO9VJOLs0MHlU0OilqX6MVFDwH3_3gz3Oc0NIc]]></TemplateId>
            <SubscribeStatusString><![CDATA[accept]]></SubscribeStatusString>
            <PopupScene>2</PopupScene>
        </List>
        <List>
            <TemplateId><![CDATA[9nLIlbOQZC5Y89AZteFEux3WCXRRRG5Wfzkpssu4bLI]]></TemplateId>
            <SubscribeStatusString><![CDATA[reject]]></SubscribeStatusString>
            <PopupScene>2</PopupScene>
        </List>
    </SubscribeMsgPopupEvent>
</xml>`;
const popupJsonEntries = `[{"TemplateId": "VRR0UEO9VJOLs0MHlU0OilqX6MVFDwH3_3gz3Oc0NIc", "SubscribeStatusString": "accept", "PopupScene": "2"}, {"TemplateId": "9nLIlbOQZC5Y89AZteFEux3WCXRRRG5Wfzkpssu4bLI", "SubscribeStatusString": "reject", "PopupScene": "2"}]`;

const changeEntry = {
	TemplateId: 'BEwX0BOT3MqK3Uc5oTU3CGBqzjpndk2jzUf7VfExd8',
	SubscribeStatusString: 'reject',
};
const change = {
	...header('subscribe_msg_change_event'),
	SubscribeMsgChangeEvent: { List: [changeEntry] },
	dedupKey:
		'subscribe_msg_change_event|otFpruAK8D-E6EfStSYonYSBZ8_4|1610969440|BEwX0BOT3MqK3Uc5oTU3CGBqzjpndk2jzUf7VfExd8',
};
const changeXml = `<xml>
    ${xmlHeader('subscribe_msg_change_event')}
    <SubscribeMsgChangeEvent>
        <List>          <TemplateId><![CDATA[BEwX0BOT3MqK3Uc5oTU3CGBqzjpndk2jzUf7VfExd8]]></TemplateId>
            <SubscribeStatusString><![CDATA[reject]]></SubscribeStatusString>
        </List>
    </SubscribeMsgChangeEvent>
</xml>`;
const changeJsonEntry = `{"TemplateId": "BEwX0BOT3MqK3Uc5oTU3CGBqzjpndk2jzUf7VfExd8", "SubscribeStatusString": "reject"}`;

const sentEntry = {
	TemplateId: 'BEwX0BO-T3MqK3Uc5oTU3CGBqzjpndk2jzUf7VfExd8',
	MsgID: '1864323726461255680',
	ErrorCode: 0,
	ErrorStatus: 'success',
};
const sent = {
	...header('subscribe_msg_sent_event'),
	SubscribeMsgSentEvent: { List: [sentEntry] },
	dedupKey: 'subscribe_msg_sent_event|1864323726461255680',
};
const sentXml = `<xml>
    ${xmlHeader('subscribe_msg_sent_event')}
    <SubscribeMsgSentEvent>
        <List>       <TemplateId><![CDATA[BEwX0BO-T3MqK3Uc5oTU3CGBqzjpndk2jzUf7VfExd8]]></TemplateId>
            <MsgID>1864323726461255680</MsgID>
            <ErrorCode>0</ErrorCode>
            <ErrorStatus><![CDATA[success]]></ErrorStatus>
        </List>
    </SubscribeMsgSentEvent>
</xml>`;
const sentJsonEntry = `{"TemplateId": "BEwX0BO-T3MqK3Uc5oTU3CGBqzjpndk2jzUf7VfExd8", "MsgID": 1864323726461255680, "ErrorCode": "0", "ErrorStatus": "success"}`;

/** The three JSON shapes WeChat uses for subscription events. */
function listShapes(
	title: string,
	event: string,
	wrapper: string,
	entries: string,
	single: string,
	expected: Record<string, unknown>,
): EventFixture[] {
	return [
		{
			title: `${title} JSON, array under the event name`,
			event,
			format: 'json',
			body: `{${jsonHeader(event)}, "${wrapper}": ${entries}}`,
			expected,
		},
		{
			title: `${title} JSON, {List: object} under the event name`,
			event,
			format: 'json',
			body: `{${jsonHeader(event)}, "${wrapper}": {"List": ${single}}}`,
			expected: onlyFirst(expected, wrapper),
		},
		{
			title: `${title} JSON, {List: array} under the event name`,
			event,
			format: 'json',
			body: `{${jsonHeader(event)}, "${wrapper}": {"List": ${entries}}}`,
			expected,
		},
		{
			title: `${title} JSON, top-level List object`,
			event,
			format: 'json',
			body: `{${jsonHeader(event)}, "List": ${single}}`,
			expected: onlyFirst(expected, wrapper),
		},
		{
			title: `${title} JSON, top-level List array`,
			event,
			format: 'json',
			body: `{${jsonHeader(event)}, "List": ${entries}}`,
			expected,
		},
	];
}

function onlyFirst(expected: Record<string, unknown>, wrapper: string): Record<string, unknown> {
	const list = (expected[wrapper] as { List: Array<Record<string, unknown>> }).List;
	if (list.length === 1) return expected;
	const first = list[0];
	return {
		...expected,
		[wrapper]: { List: [first] },
		dedupKey: `${expected.Event as string}|otFpruAK8D-E6EfStSYonYSBZ8_4|1610969440|${first.TemplateId as string}`,
	};
}

const firstOf = (json: string) => json.slice(1, json.indexOf('}') + 1);

export const EVENT_FIXTURES: EventFixture[] = [
	{
		title: 'follow add_follow XML',
		event: 'wxalive_follow_notify',
		format: 'xml',
		body: followXml('add_follow'),
		expected: follow('add_follow'),
	},
	{
		title: 'follow del_follow XML (seed says "of the_follow")',
		event: 'wxalive_follow_notify',
		format: 'xml',
		body: followXml('del_follow'),
		expected: follow('del_follow'),
	},
	{
		title: 'follow add_follow JSON',
		event: 'wxalive_follow_notify',
		format: 'json',
		body: followJson('add_follow'),
		expected: follow('add_follow'),
	},
	{
		title: 'follow del_follow JSON',
		event: 'wxalive_follow_notify',
		format: 'json',
		body: followJson('del_follow'),
		expected: follow('del_follow'),
	},
	{
		title: 'push result XML',
		event: 'wxalive_push_message_notify',
		format: 'xml',
		body: pushXml,
		expected: pushResult,
	},
	{
		title: 'push result JSON',
		event: 'wxalive_push_message_notify',
		format: 'json',
		body: pushJson,
		expected: pushResult,
	},
	{
		title: 'live apply result XML',
		event: 'wxa_live_apply_event',
		format: 'xml',
		body: applyXml,
		expected: apply,
	},
	{
		title: 'live apply result JSON',
		event: 'wxa_live_apply_event',
		format: 'json',
		body: applyJson,
		expected: apply,
	},
	{
		title: 'subscription popup XML',
		event: 'subscribe_msg_popup_event',
		format: 'xml',
		body: popupXml,
		expected: popup,
	},
	...listShapes(
		'subscription popup',
		'subscribe_msg_popup_event',
		'SubscribeMsgPopupEvent',
		popupJsonEntries,
		firstOf(popupJsonEntries),
		popup,
	),
	{
		title: 'subscription change XML',
		event: 'subscribe_msg_change_event',
		format: 'xml',
		body: changeXml,
		expected: change,
	},
	...listShapes(
		'subscription change',
		'subscribe_msg_change_event',
		'SubscribeMsgChangeEvent',
		`[${changeJsonEntry}]`,
		changeJsonEntry,
		change,
	),
	{
		title: 'subscription send result XML',
		event: 'subscribe_msg_sent_event',
		format: 'xml',
		body: sentXml,
		expected: sent,
	},
	...listShapes(
		'subscription send result',
		'subscribe_msg_sent_event',
		'SubscribeMsgSentEvent',
		`[${sentJsonEntry}]`,
		sentJsonEntry,
		sent,
	),
];

export const UNKNOWN_EVENT_XML = `<xml><ToUserName><![CDATA[gh_123456789abc]]></ToUserName><FromUserName><![CDATA[oSomeone]]></FromUserName><CreateTime>1700000000</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[brand_new_event]]></Event><Payload><Count>3</Count></Payload></xml>`;
