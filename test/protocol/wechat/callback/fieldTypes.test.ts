import { parseCallbackBody } from '../../../../nodes/protocol/wechat/callback/callbackBody';
import { decodeEvent } from '../../../../nodes/protocol/wechat/callback/decodeEvent';
import {
	CLICK_EVENT_XML,
	CUSTOMER_SERVICE_SESSION_JSON,
	CUSTOMER_SERVICE_TEXT_XML,
	GOODS_DELIVER_JSON,
	MEDIA_CHECK_XML,
	ORDER_SETTLEMENT_JSON,
	REMIND_SHIPPING_XML,
} from '../../../../testkit/fixtures/sdkEventFixtures';

const decodeXml = (xml: string) => decodeEvent(parseCallbackBody(xml, 'xml'));
const decodeJson = (json: string) => decodeEvent(parseCallbackBody(json, 'json'));

// Issue 16: a field's type follows its name and event, never its value.
describe('field types are decided by name (and event) alone', () => {
	test('user text stays text, whatever it looks like; MsgId (64-bit) stays a string', () => {
		for (const content of ['123', '0123', 'hello', '-7']) {
			const decoded = decodeXml(CUSTOMER_SERVICE_TEXT_XML(content));
			expect(decoded.Content).toBe(content);
			expect(decoded.MsgId).toBe('6401283521983029248');
			expect(decoded.CreateTime).toBe(1482048670);
		}
	});

	test('EventKey is a string for a key of digits and for a key of letters alike', () => {
		expect(decodeXml(CLICK_EVENT_XML('6')).EventKey).toBe('6');
		expect(decodeXml(CLICK_EVENT_XML('sendLocation')).EventKey).toBe('sendLocation');
	});

	test('JSON strings stay strings: order numbers and phone numbers keep their meaning as text', () => {
		for (const number of ['1909917325', '0190991732']) {
			const decoded = decodeJson(GOODS_DELIVER_JSON(number));
			expect(decoded.OutTradeNo).toBe(number);
			expect(decoded.out_trade_no).toBe(number);
			expect(decoded.phone_number).toBe('1396');
			expect(decoded.Env).toBe(0);
			expect(decoded.GoodsInfo).toEqual({
				ProductId: 'gold-100',
				Quantity: 1,
				OrigPrice: 100,
				ActualPrice: 90,
			});
		}
		expect(decodeJson(CUSTOMER_SERVICE_SESSION_JSON).SessionFrom).toBe('1024');
	});

	test('shipping (trade_manage_*): documented times are numbers, ids and order numbers strings', () => {
		expect(decodeXml(REMIND_SHIPPING_XML)).toMatchObject({
			CreateTime: 1670000000,
			transaction_id: '4200001740202301016154785849',
			merchant_id: '1230000109',
			sub_merchant_id: '1900000109',
			merchant_trade_no: '1909917325',
			pay_time: 1669999000,
			msg: 'please ship',
		});
		expect(decodeJson(ORDER_SETTLEMENT_JSON)).toMatchObject({
			merchant_trade_no: '0190991732',
			pay_time: 1669999000,
			confirm_receive_method: 1,
			settlement_time: 1670604300,
		});
	});

	test('media check (wxa_media_check) in XML: the documented numbers are numbers', () => {
		expect(decodeXml(MEDIA_CHECK_XML)).toMatchObject({
			appid: 'wx1234567890abcdef',
			trace_id: '60f96f1d-3845297a-1976a3ea',
			version: 2,
			errcode: 0,
			errmsg: 'ok',
			detail: { strategy: 'content_model', errcode: 0, suggest: 'pass', label: 100, prob: 90 },
			result: { suggest: 'pass', label: 100 },
		});
	});

	test('XML digits in a field no table names stay text; JSON numbers stay numbers', () => {
		const xml = decodeXml(
			'<xml><CreateTime>5</CreateTime><MsgType>event</MsgType><Event>brand_new</Event><Count>3</Count></xml>',
		);
		expect(xml).toMatchObject({ CreateTime: 5, Count: '3' });
		const json = decodeJson('{"CreateTime":5,"MsgType":"event","Event":"brand_new","Count":3}');
		expect(json).toMatchObject({ CreateTime: 5, Count: 3 });
	});

	test('identifiers are strings even when sent as JSON numbers', () => {
		const decoded = decodeJson(
			'{"Event":"brand_new","trace_id":12,"MsgId":23456789,"TemplateId":7,"user_openid":5}',
		);
		expect(decoded).toMatchObject({
			trace_id: '12',
			MsgId: '23456789',
			TemplateId: '7',
			user_openid: '5',
		});
	});

	test('one event as XML and as JSON gets one dedupKey, unknown events included', () => {
		expect(
			decodeXml('<xml><CreateTime>5</CreateTime><Event>brand_new</Event><Count>3</Count></xml>')
				.dedupKey,
		).toBe(decodeJson('{"CreateTime":5,"Event":"brand_new","Count":3}').dedupKey);
	});
});

describe("the docs' broken CDATA is repaired only where the samples show it (issue 16)", () => {
	test('user text that is literally ![CDATA[hi]] is delivered as written', () => {
		expect(decodeXml(CUSTOMER_SERVICE_TEXT_XML('![CDATA[hi]]')).Content).toBe('![CDATA[hi]]');
		expect(decodeXml('<xml><Event>brand_new</Event><Note>![CDATA[x]]</Note></xml>').Note).toBe(
			'![CDATA[x]]',
		);
	});

	test('the live apply sample (appid, open_time) is repaired', () => {
		const decoded = decodeXml(
			'<xml><CreateTime>1</CreateTime><MsgType>event</MsgType><Event>wxa_live_apply_event</Event><ApplyLiveInfoNoitfy><appid>![CDATA[wx1234567890abcdef]]</appid><open_time>![CDATA[1610969400]]</open_time></ApplyLiveInfoNoitfy></xml>',
		);
		expect(decoded.ApplyLiveInfoNoitfy).toEqual({
			appid: 'wx1234567890abcdef',
			open_time: 1610969400,
		});
	});
});
