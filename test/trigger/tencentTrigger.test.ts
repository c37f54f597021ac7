import { TENCENT_CALLBACK_OK } from '../../nodes/protocol/tencent/callback/callbackConfig';
import { WeChatMiniProgramTrigger } from '../../nodes/WeChatMiniProgramTrigger/WeChatMiniProgramTrigger.node';
import {
	fixtureBody,
	TENCENT_FIXTURES,
	tencentQuery,
	TEST_CALLBACK_TOKEN,
	TEST_SDK_APP_ID,
	TEST_SECRET_KEY,
} from '../../testkit/fixtures/tencentCallbackFixtures';
import { type HttpAnswer, send, startTriggerServer, type TriggerServer } from './triggerServer';

const CREDENTIALS = {
	sdkAppId: TEST_SDK_APP_ID,
	secretKey: TEST_SECRET_KEY,
	adminIdentifier: 'administrator',
	region: 'console.tim.qq.com',
	callbackToken: TEST_CALLBACK_TOKEN,
};
const SECRETS = [TEST_CALLBACK_TOKEN, TEST_SECRET_KEY];
const TENCENT = { source: 'tencentChat' };
const now = () => Math.floor(Date.now() / 1000);

let signed: TriggerServer;
let filtered: TriggerServer;
let small: TriggerServer;
let open: TriggerServer;
beforeAll(async () => {
	signed = await startTriggerServer(CREDENTIALS, TENCENT, 'tencentChatApi');
	filtered = await startTriggerServer(
		CREDENTIALS,
		{
			...TENCENT,
			commands: ['OfficialAccount.CallbackAfterSendMsg'],
			options: { includeRawMessage: true },
		},
		'tencentChatApi',
	);
	small = await startTriggerServer(
		CREDENTIALS,
		{ ...TENCENT, options: { maxBodySize: 512, replayWindowSeconds: 30 } },
		'tencentChatApi',
	);
	open = await startTriggerServer({ ...CREDENTIALS, callbackToken: '' }, TENCENT, 'tencentChatApi');
});
afterAll(async () => {
	await Promise.all([signed.close(), filtered.close(), small.close(), open.close()]);
});
beforeEach(() => {
	for (const server of [signed, filtered, small, open]) server.started.splice(0);
});

function post(
	server: TriggerServer,
	body: string | undefined,
	query: object = tencentQuery(),
	contentType: string | undefined = 'application/json',
) {
	return send(server.url, { query, body, contentType });
}

function expectOk(answer: HttpAnswer) {
	expect(answer.status).toBe(200);
	expect(answer.contentType).toBe('application/json; charset=utf-8');
	expect(JSON.parse(answer.body)).toEqual({ ActionStatus: 'OK', ErrorInfo: '', ErrorCode: 0 });
	expect(answer.body).toBe(TENCENT_CALLBACK_OK);
}

function expectRefused(server: TriggerServer, answer: HttpAnswer, status: number, reason: RegExp) {
	expect(answer.status).toBe(status);
	expect(answer.body).toMatch(reason);
	expect(answer.contentType).toBe('text/plain; charset=utf-8');
	expect(server.started).toHaveLength(0);
	for (const secret of SECRETS) {
		expect(answer.body).not.toContain(secret);
		for (const line of server.logs) expect(line).not.toContain(secret);
	}
}

describe('the node description', () => {
	const { description } = new WeChatMiniProgramTrigger();
	test('"Callbacks From" comes first and defaults to WeChat', () => {
		expect(description.properties[0]).toMatchObject({
			name: 'source',
			default: 'weChatMiniProgram',
		});
	});
	test('each source shows its own credential', () => {
		expect(description.credentials).toEqual([
			expect.objectContaining({
				name: 'weChatMiniProgramApi',
				displayOptions: { hide: { source: ['tencentChat'] } },
			}),
			expect.objectContaining({
				name: 'tencentChatApi',
				displayOptions: { show: { source: ['tencentChat'] } },
			}),
		]);
		const sources = (description.properties[0].options as Array<{ value: string }>).map(
			(option) => option.value,
		);
		expect(sources).toEqual(['weChatMiniProgram', 'tencentChat']);
	});

	test('"Callbacks From" stays in the panel: the credentials do not show every source', () => {
		// n8n's editor moves a field out of the node panel when the credentials' `show` conditions
		// list every one of its values (it takes it for an authentication switch).
		const shown = description.credentials!.flatMap(
			(credential) => (credential.displayOptions?.show?.source as string[] | undefined) ?? [],
		);
		expect(shown).not.toEqual(expect.arrayContaining(['weChatMiniProgram', 'tencentChat']));
	});
});

describe('Tencent Cloud Chat callbacks over real HTTP', () => {
	test.each(TENCENT_FIXTURES.map((f) => [f.command, f]))(
		'%s: answers OK JSON and emits the decoded item',
		async (_name, fixture) => {
			const answer = await post(
				signed,
				fixtureBody(fixture),
				tencentQuery({
					command: fixture.command,
					clientIp: '198.51.100.4',
					optPlatform: 'Android',
				}),
			);
			expectOk(answer);
			expect(signed.started).toHaveLength(1);
			const [[[{ json }]]] = signed.started;
			expect(json).toMatchObject({
				command: fixture.command,
				sdkAppId: String(TEST_SDK_APP_ID),
				clientIp: '198.51.100.4',
				optPlatform: 'Android',
				...fixture.body,
			});
			expect(json.dedupKey).toEqual(
				typeof fixture.dedupKey === 'string'
					? fixture.dedupKey
					: expect.stringMatching(fixture.dedupKey),
			);
			expect(json.rawMessage).toBeUndefined();
		},
	);

	test('a second delivery of the same event (new RequestTime and Sign) carries the same dedupKey', async () => {
		const fixture = TENCENT_FIXTURES[9];
		await post(
			signed,
			fixtureBody(fixture),
			tencentQuery({ command: fixture.command, requestTime: now() - 10 }),
		);
		await post(
			signed,
			fixtureBody(fixture),
			tencentQuery({ command: fixture.command, clientIp: '192.0.2.1' }),
		);
		expect(signed.started).toHaveLength(2);
		expect(signed.started[0][0][0].json.dedupKey).toBe(signed.started[1][0][0].json.dedupKey);
	});

	test('commands filter: others are answered OK but start nothing; Include Raw Message adds the JSON text', async () => {
		const subscribe = TENCENT_FIXTURES[5];
		expectOk(
			await post(filtered, fixtureBody(subscribe), tencentQuery({ command: subscribe.command })),
		);
		expect(filtered.started).toHaveLength(0);
		const sent = TENCENT_FIXTURES[9];
		expectOk(await post(filtered, fixtureBody(sent), tencentQuery({ command: sent.command })));
		expect(filtered.started).toHaveLength(1);
		expect(filtered.started[0][0][0].json.rawMessage).toBe(fixtureBody(sent));
	});

	test('other Chat callbacks pass through when no filter is set', async () => {
		const body =
			'{"CallbackCommand":"Group.CallbackAfterNewMemberJoin","GroupId":"@TGS#2J4SZEAEL","EventTime":1670574414123}';
		expectOk(
			await post(signed, body, tencentQuery({ command: 'Group.CallbackAfterNewMemberJoin' })),
		);
		expect(signed.started[0][0][0].json).toMatchObject({
			command: 'Group.CallbackAfterNewMemberJoin',
			GroupId: '@TGS#2J4SZEAEL',
		});
	});

	test("no Content-Type header (as in Tencent's example request) is accepted", async () => {
		expectOk(
			await post(
				signed,
				fixtureBody(TENCENT_FIXTURES[6]),
				tencentQuery({ command: TENCENT_FIXTURES[6].command }),
				undefined,
			),
		);
	});

	test.each(['text/xml', 'text/plain', 'application/x-www-form-urlencoded'])(
		'a JSON body labelled %s is read as JSON: the body decides, the label is only a hint',
		async (contentType) => {
			const fixture = TENCENT_FIXTURES[6];
			const query = tencentQuery({ command: fixture.command });
			expectOk(await post(signed, fixtureBody(fixture), query, contentType));
			expect(signed.started).toHaveLength(1);
			expect(signed.started[0][0][0].json).toMatchObject({
				command: fixture.command,
				...fixture.body,
			});
		},
	);

	test('ids beyond 2^53 stay exact over HTTP', async () => {
		const body =
			'{"CallbackCommand":"OfficialAccount.CallbackAfterSendMsg","Official_Account":"@TOA#_a","MsgKey":"9_9_9","Random":12345678901234567890,"EventTime":1}';
		expectOk(
			await post(signed, body, tencentQuery({ command: 'OfficialAccount.CallbackAfterSendMsg' })),
		);
		expect(signed.started[0][0][0].json.Random).toBe('12345678901234567890');
	});

	test('without a Callback Token in the credential, unsigned callbacks are accepted (SdkAppid still checked)', async () => {
		expectOk(await post(open, fixtureBody(TENCENT_FIXTURES[5]), tencentQuery({ token: null })));
		expect(open.started).toHaveLength(1);
		open.started.splice(0);
		expectRefused(
			open,
			await post(
				open,
				fixtureBody(TENCENT_FIXTURES[5]),
				tencentQuery({ token: null, sdkAppId: 1400000009 }),
			),
			403,
			/SdkAppid does not match/,
		);
	});
});

describe('hostile requests are refused with 4xx, a clear reason, no workflow and no secret', () => {
	const body = fixtureBody(TENCENT_FIXTURES[5]);

	test('GET gets 405 with Allow: POST', async () => {
		const answer = await send(signed.url, { method: 'GET', query: tencentQuery() });
		expectRefused(signed, answer, 405, /POST/);
	});

	test('missing Sign with a Callback Token configured', async () => {
		const { Sign: _s, ...query } = tencentQuery();
		expectRefused(signed, await post(signed, body, query), 401, /Sign is missing/);
	});

	test('missing RequestTime', async () => {
		const { RequestTime: _r, ...query } = tencentQuery();
		expectRefused(signed, await post(signed, body, query), 401, /RequestTime is missing/);
	});

	test('bad Sign, Sign made with another token, Sign of another time', async () => {
		expectRefused(
			signed,
			await post(signed, body, { ...tencentQuery(), Sign: '0'.repeat(64) }),
			401,
			/Sign does not match/,
		);
		expectRefused(
			signed,
			await post(signed, body, tencentQuery({ token: 'guessed-token' })),
			401,
			/Sign does not match/,
		);
		expectRefused(
			signed,
			await post(signed, body, { ...tencentQuery(), RequestTime: String(now() - 1) }),
			401,
			/Sign does not match/,
		);
	});

	test('stale RequestTime with a valid Sign: default 300 s window, and the option', async () => {
		expectRefused(
			signed,
			await post(signed, body, tencentQuery({ requestTime: now() - 301 })),
			403,
			/replay window/,
		);
		expectOk(await post(signed, body, tencentQuery({ requestTime: now() - 290 })));
		signed.started.splice(0);
		expectRefused(
			small,
			await post(small, body, tencentQuery({ requestTime: now() - 45 })),
			403,
			/replay window/,
		);
	});

	test('wrong SdkAppid (signed correctly)', async () => {
		expectRefused(
			signed,
			await post(signed, body, tencentQuery({ sdkAppId: 1400000001 })),
			403,
			/SdkAppid does not match/,
		);
	});

	test('missing SdkAppid', async () => {
		const { SdkAppid: _a, ...query } = tencentQuery();
		expectRefused(signed, await post(signed, body, query), 400, /SdkAppid is missing/);
	});

	test('malformed JSON, a JSON array, deep nesting', async () => {
		expectRefused(
			signed,
			await post(signed, '{"CallbackCommand": "x", ', tencentQuery()),
			400,
			/JSON body is malformed/,
		);
		expectRefused(signed, await post(signed, '[]', tencentQuery()), 400, /not an object/);
		expectRefused(
			signed,
			await post(signed, `{"a":${'['.repeat(30)}${']'.repeat(30)}}`, tencentQuery()),
			400,
			/nested deeper/,
		);
	});

	test('oversized body', async () => {
		const big = JSON.stringify({
			CallbackCommand: 'OfficialAccount.CallbackAfterAddSubscriber',
			Padding: 'x'.repeat(600),
		});
		expectRefused(small, await post(small, big, tencentQuery()), 413, /Max Body Size/);
	});

	test('a body that is not JSON gets 415 naming its kind and label, never its content', async () => {
		expectRefused(
			signed,
			await post(
				signed,
				`<xml><CallbackCommand>x</CallbackCommand><Token>${TEST_CALLBACK_TOKEN}</Token></xml>`,
				tencentQuery(),
				'text/xml',
			),
			415,
			/^the body is not JSON: it starts with <, like XML, labelled text\/xml; Tencent Cloud Chat callbacks are JSON objects$/,
		);
		const form = await post(
			signed,
			`CallbackCommand=x&SecretKey=${TEST_SECRET_KEY}`,
			tencentQuery(),
			'application/x-www-form-urlencoded',
		);
		expectRefused(
			signed,
			form,
			415,
			/like form fields or text, labelled application\/x-www-form-urlencoded/,
		);
		expect(form.body).not.toContain('CallbackCommand');
		expectRefused(
			signed,
			await post(signed, 'allow everything', tencentQuery(), 'text/plain'),
			415,
			/the body is not JSON: .* labelled text\/plain/,
		);
		expectRefused(
			signed,
			await post(signed, body, { ...tencentQuery(), contenttype: 'xml' }),
			415,
			/contenttype must be json/,
		);
	});

	test('empty body', async () => {
		expectRefused(signed, await post(signed, '', tencentQuery()), 400, /body is empty/);
		expectRefused(signed, await post(signed, undefined, tencentQuery()), 400, /body is empty/);
	});

	test('CallbackCommand in the query and in the body disagree', async () => {
		expectRefused(
			signed,
			await post(
				signed,
				body,
				tencentQuery({ command: 'OfficialAccount.CallbackAfterDeleteSubscriber' }),
			),
			400,
			/disagree/,
		);
	});

	test('repeated query parameter', async () => {
		const query = tencentQuery();
		expectRefused(
			signed,
			await post(signed, body, { ...query, Sign: [query.Sign, query.Sign] }),
			400,
			/must appear once/,
		);
	});

	test('a signed request while the credential has no Callback Token is refused, naming no secret', async () => {
		expectRefused(open, await post(open, body, tencentQuery()), 500, /no Callback Token/);
	});
});
