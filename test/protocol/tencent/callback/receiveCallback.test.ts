import { TENCENT_CALLBACKS } from '../../../../nodes/protocol/tencent/callback/callbackCommands';
import type { TencentCallbackConfig } from '../../../../nodes/protocol/tencent/callback/callbackConfig';
import {
	isValidTencentCallbackSignature,
	tencentCallbackSignature,
} from '../../../../nodes/protocol/tencent/callback/callbackSignature';
import { tencentDedupKey } from '../../../../nodes/protocol/tencent/callback/dedupKey';
import { receiveTencentCallback } from '../../../../nodes/protocol/tencent/callback/receiveCallback';
import { rejectionOf } from '../../../helpers/callbackRejection';
import {
	fixtureBody,
	TENCENT_FIXTURES,
	tencentQuery,
	TEST_CALLBACK_TOKEN,
	TEST_SDK_APP_ID,
} from '../../../../testkit/fixtures/tencentCallbackFixtures';

const now = Math.floor(Date.now() / 1000);
const config: TencentCallbackConfig = {
	sdkAppId: String(TEST_SDK_APP_ID),
	callbackToken: TEST_CALLBACK_TOKEN,
	replayWindowSeconds: 300,
	maxBodyBytes: 1024 * 1024,
};

function request(
	body: string | undefined,
	query: Record<string, unknown> = tencentQuery(),
	contentType = 'application/json',
) {
	return { query, contentType, rawBody: body === undefined ? undefined : Buffer.from(body) };
}

/** The protocol's answer to the callback `body` with `query`, under the test config, at `now`. */
function receive(body: string | undefined, query?: Record<string, unknown>) {
	return receiveTencentCallback(request(body, query), config, now);
}

describe('Sign = hex sha256(token + RequestTime)', () => {
	test("Tencent's documented example", () => {
		expect(tencentCallbackSignature('xxxxyyyy', '1669872112')).toBe(
			'17773bc39a671d7b9aa835458704d2a6db81360a5940292b587d6d760d484061',
		);
	});
	test('upper-case hex is accepted, anything else is not', () => {
		const sign = tencentCallbackSignature('t', '1');
		expect(isValidTencentCallbackSignature('t', '1', sign.toUpperCase())).toBe(true);
		expect(isValidTencentCallbackSignature('t', '2', sign)).toBe(false);
		expect(isValidTencentCallbackSignature('t', '1', sign.slice(1))).toBe(false);
	});
});

describe('every official-account and Chat command is decoded', () => {
	test('the fixtures cover every listed command', () => {
		expect(TENCENT_FIXTURES.map((f) => f.command).sort()).toEqual(
			TENCENT_CALLBACKS.map((c) => c.command).sort(),
		);
	});

	test.each(TENCENT_FIXTURES.map((f) => [f.command, f]))('%s', (_name, fixture) => {
		const received = receive(fixtureBody(fixture), tencentQuery({ command: fixture.command }));
		expect(received.command).toBe(fixture.command);
		expect(received.item).toMatchObject({
			command: fixture.command,
			sdkAppId: String(TEST_SDK_APP_ID),
			clientIp: '203.0.113.7',
			optPlatform: 'RESTAPI',
			CallbackCommand: fixture.command,
			...fixture.body,
		});
		expect(received.item.dedupKey).toEqual(
			typeof fixture.dedupKey === 'string'
				? fixture.dedupKey
				: expect.stringMatching(fixture.dedupKey),
		);
	});
});

describe('decoding', () => {
	test('EventTime sent as a string becomes a number; ids beyond 2^53 stay exact strings', () => {
		const body =
			'{"CallbackCommand":"OfficialAccount.CallbackAfterSendMsg","Official_Account":"@TOA#_a","MsgKey":"1_2_3","EventTime":"1760000000123","Random":98765432109876543210}';
		const { item } = receive(
			body,
			tencentQuery({ command: 'OfficialAccount.CallbackAfterSendMsg' }),
		);
		expect(item.EventTime).toBe(1760000000123);
		expect(item.Random).toBe('98765432109876543210');
	});

	test('payload fields cannot overwrite command, sdkAppId, clientIp, optPlatform or dedupKey; __proto__ stays data', () => {
		const body =
			'{"command":"x","sdkAppId":"1","clientIp":"evil","dedupKey":"forged","__proto__":{"polluted":true},"Official_Account":"@TOA#_a","EventTime":5}';
		const { item } = receive(
			body,
			tencentQuery({ command: 'OfficialAccount.CallbackAfterOfficialAccountFull' }),
		);
		expect(item.command).toBe('OfficialAccount.CallbackAfterOfficialAccountFull');
		expect(item.sdkAppId).toBe(String(TEST_SDK_APP_ID));
		expect(item.clientIp).toBe('203.0.113.7');
		expect(item.dedupKey).toBe('OfficialAccount.CallbackAfterOfficialAccountFull|@TOA#_a|5');
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.getPrototypeOf(item)).toBe(Object.prototype);
	});

	test('the command comes from the body when the query has none; unknown commands pass through with a stable key', () => {
		const { CallbackCommand: _c, ...query } = tencentQuery();
		const body =
			'{"CallbackCommand":"Group.CallbackAfterNewMemberJoin","GroupId":"@TGS#1","EventTime":7}';
		const first = receive(body, query);
		const again = receive(
			body,
			tencentQuery({ command: 'Group.CallbackAfterNewMemberJoin', requestTime: now - 5 }),
		);
		expect(first.command).toBe('Group.CallbackAfterNewMemberJoin');
		expect(first.item.GroupId).toBe('@TGS#1');
		expect(first.item.dedupKey).toBe(again.item.dedupKey);
	});

	test('dedupKey ignores delivery details and key order, and differs between events', () => {
		const a = tencentDedupKey('OfficialAccount.CallbackBeforeSendMsg', {
			Official_Account: 'x',
			EventTime: 1,
			MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'a' } }],
		});
		const b = tencentDedupKey('OfficialAccount.CallbackBeforeSendMsg', {
			EventTime: 1,
			MsgBody: [{ MsgContent: { Text: 'a' }, MsgType: 'TIMTextElem' }],
			Official_Account: 'x',
		});
		const c = tencentDedupKey('OfficialAccount.CallbackBeforeSendMsg', {
			Official_Account: 'x',
			EventTime: 1,
			MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'b' } }],
		});
		expect(a).toBe(b);
		expect(a).not.toBe(c);
	});

	test('long subscriber lists are summarised by a digest', () => {
		const list = Array.from({ length: 100 }, (_, i) => ({ Subscriber_Account: `subscriber-${i}` }));
		const key = tencentDedupKey('OfficialAccount.CallbackAfterAddSubscriber', {
			Official_Account: 'x',
			EventTime: 1,
			SubscribeAccountList: list,
		});
		expect(key).toMatch(/^OfficialAccount\.CallbackAfterAddSubscriber\|x\|1\|sha256:[0-9a-f]{32}$/);
		const reversed = tencentDedupKey('OfficialAccount.CallbackAfterAddSubscriber', {
			Official_Account: 'x',
			EventTime: 1,
			SubscribeAccountList: [...list].reverse(),
		});
		expect(reversed).toBe(key);
	});
});

describe('refusals', () => {
	const body = fixtureBody(TENCENT_FIXTURES[5]);
	/** The callback of `sent` with a signed query lacking `parameter`. */
	const without =
		(parameter: 'Sign' | 'RequestTime' | 'SdkAppid' | 'CallbackCommand', sent = body) =>
		() => {
			const { [parameter]: _gone, ...q } = tencentQuery();
			return receive(sent, q);
		};
	const cases: Array<[string, () => unknown, number, RegExp]> = [
		['missing Sign', without('Sign'), 401, /Sign is missing/],
		['missing RequestTime', without('RequestTime'), 401, /RequestTime is missing/],
		[
			'bad Sign',
			() => receive(body, { ...tencentQuery(), Sign: 'ab'.repeat(32) }),
			401,
			/Sign does not match/,
		],
		[
			'Sign made with another token',
			() => receive(body, tencentQuery({ token: 'other' })),
			401,
			/Sign does not match/,
		],
		[
			'Sign of another RequestTime',
			() =>
				receiveTencentCallback(
					// Signed for `now` explicitly: tencentQuery() alone reads the clock, which may be at now + 1 by now.
					request(body, { ...tencentQuery({ requestTime: now }), RequestTime: String(now + 1) }),
					config,
					now,
				),
			401,
			/Sign does not match/,
		],
		[
			'RequestTime not a number',
			() => receive(body, { ...tencentQuery(), RequestTime: '12ab' }),
			400,
			/not a Unix time/,
		],
		[
			'stale RequestTime',
			() => receive(body, tencentQuery({ requestTime: now - 301 })),
			403,
			/replay window/,
		],
		[
			'future RequestTime',
			() => receive(body, tencentQuery({ requestTime: now + 301 })),
			403,
			/replay window/,
		],
		[
			'wrong SdkAppid',
			() => receive(body, tencentQuery({ sdkAppId: 1400000001 })),
			403,
			/SdkAppid does not match/,
		],
		['missing SdkAppid', without('SdkAppid'), 400, /SdkAppid is missing/],
		[
			'SdkAppid and SdkAppId disagree',
			() => receive(body, { ...tencentQuery(), SdkAppId: '1' }),
			400,
			/disagree/,
		],
		[
			'repeated Sign',
			() => {
				const q = tencentQuery();
				return receive(body, { ...q, Sign: [q.Sign, q.Sign] });
			},
			400,
			/must appear once/,
		],
		[
			'malformed JSON',
			() => receive('{"CallbackCommand":', tencentQuery()),
			400,
			/JSON body is malformed/,
		],
		['JSON array body', () => receive('[1,2]', tencentQuery()), 400, /not an object/],
		[
			'deeply nested JSON',
			() => receive(`${'['.repeat(40)}${']'.repeat(40)}`, tencentQuery()),
			400,
			/nested deeper/,
		],
		['empty body', () => receive('', tencentQuery()), 400, /body is empty/],
		['whitespace body', () => receive('  \n', tencentQuery()), 400, /body is empty/],
		['no body', () => receive(undefined, tencentQuery()), 400, /body is empty/],
		[
			'oversized body',
			() =>
				receiveTencentCallback(request(body, tencentQuery()), { ...config, maxBodyBytes: 16 }, now),
			413,
			/Max Body Size/,
		],
		[
			'an XML body, labelled text/xml',
			() =>
				receiveTencentCallback(
					request('<xml><CallbackCommand>x</CallbackCommand></xml>', tencentQuery(), 'text/xml'),
					config,
					now,
				),
			415,
			/^the body is not JSON: it starts with <, like XML, labelled text\/xml; Tencent Cloud Chat callbacks are JSON objects$/,
		],
		[
			'form fields labelled application/x-www-form-urlencoded',
			() =>
				receiveTencentCallback(
					request(
						`CallbackCommand=x&Token=${TEST_CALLBACK_TOKEN}`,
						tencentQuery(),
						'application/x-www-form-urlencoded',
					),
					config,
					now,
				),
			415,
			/^the body is not JSON: it starts with a letter or digit, like form fields or text, labelled application\/x-www-form-urlencoded;/,
		],
		[
			'a JSON string, not an object, under a header that is no MIME type',
			() =>
				receiveTencentCallback(
					request('"just a string"', tencentQuery(), `x; token=${TEST_CALLBACK_TOKEN}`),
					config,
					now,
				),
			415,
			/^the body is not JSON: it does not start with \{, labelled with an unusual Content-Type;/,
		],
		[
			'a body that is not JSON and has no label',
			() => receiveTencentCallback(request('OK', tencentQuery(), ''), config, now),
			415,
			/labelled with no Content-Type/,
		],
		[
			'contenttype query not json',
			() => receive(body, { ...tencentQuery(), contenttype: 'xml' }),
			415,
			/contenttype must be json/,
		],
		[
			'command in query and body disagree',
			() =>
				receive(body, tencentQuery({ command: 'OfficialAccount.CallbackAfterDeleteSubscriber' })),
			400,
			/disagree/,
		],
		[
			'command with markup',
			() => receive('{}', tencentQuery({ command: '<script>' })),
			400,
			/unexpected characters/,
		],
		['no command anywhere', without('CallbackCommand', '{}'), 400, /CallbackCommand is missing/],
		[
			'signed but the credential has no token',
			() =>
				receiveTencentCallback(
					request(body, tencentQuery()),
					{ ...config, callbackToken: '' },
					now,
				),
			500,
			/no Callback Token/,
		],
		[
			'credential without SDKAppID',
			() =>
				receiveTencentCallback(request(body, tencentQuery()), { ...config, sdkAppId: '0' }, now),
			500,
			/no SDKAppID/,
		],
	];

	test.each(cases)('%s', (_name, run, status, reason) => {
		const rejection = rejectionOf(run);
		expect(rejection.status).toBe(status);
		expect(rejection.reason).toMatch(reason);
		expect(rejection.reason).not.toContain(TEST_CALLBACK_TOKEN);
	});

	test('without a Callback Token, unsigned callbacks are accepted after the SdkAppid check', () => {
		const open = { ...config, callbackToken: '' };
		expect(
			receiveTencentCallback(request(body, tencentQuery({ token: null })), open, now).command,
		).toBe('OfficialAccount.CallbackAfterAddSubscriber');
		expect(
			rejectionOf(() =>
				receiveTencentCallback(
					request(body, tencentQuery({ token: null, sdkAppId: 5 })),
					open,
					now,
				),
			).status,
		).toBe(403);
	});

	test('a window of 0 turns the RequestTime check off, not the Sign check', () => {
		const noWindow = { ...config, replayWindowSeconds: 0 };
		expect(
			receiveTencentCallback(
				request(body, tencentQuery({ requestTime: now - 86400 })),
				noWindow,
				now,
			).command,
		).toBeDefined();
		expect(
			rejectionOf(() =>
				receiveTencentCallback(
					request(body, tencentQuery({ requestTime: now - 86400, token: 'x' })),
					noWindow,
					now,
				),
			).status,
		).toBe(401);
	});

	test('a JSON body is read whatever its label: none, text/plain, JSON, text/xml, form, anything', () => {
		const expected = receive(body, tencentQuery()).item;
		for (const type of [
			'',
			'text/plain',
			'application/json; charset=utf-8',
			'text/xml',
			'application/xml',
			'application/x-www-form-urlencoded',
			'application/octet-stream',
		]) {
			expect(receiveTencentCallback(request(body, tencentQuery(), type), config, now).item).toEqual(
				expected,
			);
		}
		// A BOM and leading whitespace do not hide the JSON.
		expect(
			receiveTencentCallback(request(`\ufeff \n${body}`, tencentQuery(), 'text/xml'), config, now)
				.item,
		).toEqual(expected);
	});
});
