import { parseCallbackBody } from '../../../../nodes/protocol/wechat/callback/callbackBody';
import { decodeEvent } from '../../../../nodes/protocol/wechat/callback/decodeEvent';
import { decodeFieldValue } from '../../../../nodes/protocol/wechat/callback/fieldValues';
import { numericFieldsOf } from '../../../../nodes/protocol/wechat/callback/numericFields';
import {
	COIN_DELIVER_PAIR,
	EXPRESS_PATH_DECODED,
	EXPRESS_PATH_JSON,
	EXPRESS_PATH_XML,
	MEDIA_CHECK_PAIR,
	SEED_BROKEN_CDATA_FOLLOW_XML,
} from '../../../../testkit/fixtures/wechatOtherEventFixtures';

const decodeXml = (xml: string) => decodeEvent(parseCallbackBody(xml, 'xml'));
const decodeJson = (json: string) => decodeEvent(parseCallbackBody(json, 'json'));

describe('dedupKey for events the trigger does not know (issue 12)', () => {
	test('two wxa_media_check results of one user in one second get different keys', () => {
		const [first, second] = MEDIA_CHECK_PAIR.map((json) => decodeJson(json).dedupKey as string);
		expect(first).not.toBe(second);
		expect(first).toMatch(/^wxa_media_check\|o4_t144jTUSEoxydysUA2E234_tc\|1626959646\|sha256:/);
	});

	test('a message decoded twice (a retry) gets the same key', () => {
		expect(decodeJson(MEDIA_CHECK_PAIR[0]).dedupKey).toBe(decodeJson(MEDIA_CHECK_PAIR[0]).dedupKey);
	});

	test('events without FromUserName: no empty part, and two orders of one second differ', () => {
		const [first, second] = COIN_DELIVER_PAIR.map((xml) => decodeXml(xml).dedupKey as string);
		expect(first).toMatch(/^minigame_coin_deliver_completed\|1583202606\|sha256:[0-9a-f]{32}$/);
		expect(first).not.toContain('||');
		expect(first).not.toBe(second);
	});

	test('field order and whitespace do not change the key; any field does', () => {
		const a = decodeJson('{"Event":"e","FromUserName":"o","CreateTime":1,"x":"1","y":"2"}');
		const b = decodeJson(
			'{ "y": 2, "x": 1, "CreateTime": "1", "FromUserName": "o", "Event": "e" }',
		);
		const c = decodeJson('{"Event":"e","FromUserName":"o","CreateTime":1,"x":"1","y":"3"}');
		expect(a.dedupKey).toBe(b.dedupKey);
		expect(a.dedupKey).not.toBe(c.dedupKey);
	});
});

describe('one typing rule for every event, in XML and JSON (issues 12 and 16)', () => {
	test('add_express_path: CreateTime and Version are numbers in XML as in JSON; ids are strings', () => {
		expect(decodeXml(EXPRESS_PATH_XML)).toEqual(EXPRESS_PATH_DECODED);
		expect(decodeJson(EXPRESS_PATH_JSON)).toEqual(EXPRESS_PATH_DECODED);
	});

	// Issue 16: the event decides which names are numbers (numericFields.ts), the value never does.
	test.each([
		['any', 'CreateTime', '1546924844', 1546924844],
		['add_express_path', 'Count', '-3', -3],
		['add_express_path', 'Count', '0', 0],
		['brand_new', 'Count', '3', '3'],
		['brand_new', 'Count', 3, 3],
		['brand_new', 'Code', '007', '007'],
		['brand_new', 'Amount', '12.5', '12.5'],
		['add_express_path', 'Version', '9007199254740993', '9007199254740993'],
		['brand_new', 'Text', 'xxx', 'xxx'],
		['wxalive_follow_notify', 'room_id', '12', 12],
		['brand_new', 'room_id', 12, '12'],
		['wxa_media_check', 'trace_id', '12', '12'],
		['wxa_media_check', 'trace_id', 12, '12'],
		['text', 'MsgId', 23456789, '23456789'],
		['brand_new', 'TemplateId', 'abc', 'abc'],
		['brand_new', 'appid', 'wx1', 'wx1'],
		['wxalive_follow_notify', 'user_openid', '123', '123'],
		['brand_new', 'valid', '1', '1'],
		['brand_new', 'Flag', true, true],
		['trade_manage_remind_shipping', 'merchant_trade_no', 1909917325, '1909917325'],
		['CLICK', 'EventKey', 6, '6'],
	])('in %s, %s = %j decodes to %j', (event, name, value, expected) => {
		expect(decodeFieldValue(name, value, numericFieldsOf(event))).toEqual(expected);
	});
});

describe("the docs' broken CDATA", () => {
	// Seed doc "[Mini Program live] Long-term subscription related interface", Message Packet
	// Sample: `<user_openid>![CDATA[xxx]]</user_openid>`, missing CDATA's `<` and `>`.
	test('wxalive_follow_notify as printed in the seed decodes ![CDATA[x]] to x', () => {
		const decoded = decodeXml(SEED_BROKEN_CDATA_FOLLOW_XML);
		expect(decoded.FollowNotify).toEqual({
			room_id: 1,
			user_openid: 'xxx',
			time: 1546924844,
			live_status: 101,
			action: 'add_follow',
		});
		expect(decoded.dedupKey).toBe('wxalive_follow_notify|1|xxx|add_follow|1546924844');
	});

	test('text that merely contains the marker is left alone', () => {
		const decoded = decodeXml(
			'<xml><Event>e</Event><Note>see ![CDATA[x]] here</Note><Raw>![CDATA[x]</Raw></xml>',
		);
		expect(decoded.Note).toBe('see ![CDATA[x]] here');
		expect(decoded.Raw).toBe('![CDATA[x]');
	});
});
