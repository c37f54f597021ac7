import { WeChatMiniProgramTrigger } from '../../nodes/WeChatMiniProgramTrigger/WeChatMiniProgramTrigger.node';
import {
	fixtureBody,
	TENCENT_FIXTURES,
	tencentQuery,
	TEST_SDK_APP_ID,
} from '../../testkit/fixtures/tencentCallbackFixtures';
import {
	expectCallbackOk,
	expectCallbackRefused,
	nowSeconds,
	postCallback,
	startTencentTrigger,
} from './tencentTriggerKit';
import type { TriggerServer } from './triggerServer';

let signed: TriggerServer;
let filtered: TriggerServer;
let open: TriggerServer;
beforeAll(async () => {
	signed = await startTencentTrigger();
	filtered = await startTencentTrigger({
		commands: ['OfficialAccount.CallbackAfterSendMsg'],
		options: { includeRawMessage: true },
	});
	open = await startTencentTrigger({}, { callbackToken: '' });
});
afterAll(async () => {
	await Promise.all([signed.close(), filtered.close(), open.close()]);
});
beforeEach(() => {
	for (const server of [signed, filtered, open]) server.started.splice(0);
});

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
			const answer = await postCallback(
				signed,
				fixtureBody(fixture),
				tencentQuery({
					command: fixture.command,
					clientIp: '198.51.100.4',
					optPlatform: 'Android',
				}),
			);
			expectCallbackOk(answer);
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
		await postCallback(
			signed,
			fixtureBody(fixture),
			tencentQuery({ command: fixture.command, requestTime: nowSeconds() - 10 }),
		);
		await postCallback(
			signed,
			fixtureBody(fixture),
			tencentQuery({ command: fixture.command, clientIp: '192.0.2.1' }),
		);
		expect(signed.started).toHaveLength(2);
		expect(signed.started[0][0][0].json.dedupKey).toBe(signed.started[1][0][0].json.dedupKey);
	});

	test('commands filter: others are answered OK but start nothing; Include Raw Message adds the JSON text', async () => {
		const subscribe = TENCENT_FIXTURES[5];
		expectCallbackOk(
			await postCallback(
				filtered,
				fixtureBody(subscribe),
				tencentQuery({ command: subscribe.command }),
			),
		);
		expect(filtered.started).toHaveLength(0);
		const sent = TENCENT_FIXTURES[9];
		expectCallbackOk(
			await postCallback(filtered, fixtureBody(sent), tencentQuery({ command: sent.command })),
		);
		expect(filtered.started).toHaveLength(1);
		expect(filtered.started[0][0][0].json.rawMessage).toBe(fixtureBody(sent));
	});

	test('other Chat callbacks pass through when no filter is set', async () => {
		const body =
			'{"CallbackCommand":"Group.CallbackAfterNewMemberJoin","GroupId":"@TGS#2J4SZEAEL","EventTime":1670574414123}';
		expectCallbackOk(
			await postCallback(
				signed,
				body,
				tencentQuery({ command: 'Group.CallbackAfterNewMemberJoin' }),
			),
		);
		expect(signed.started[0][0][0].json).toMatchObject({
			command: 'Group.CallbackAfterNewMemberJoin',
			GroupId: '@TGS#2J4SZEAEL',
		});
	});

	test("no Content-Type header (as in Tencent's example request) is accepted", async () => {
		expectCallbackOk(
			await postCallback(
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
			expectCallbackOk(await postCallback(signed, fixtureBody(fixture), query, contentType));
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
		expectCallbackOk(
			await postCallback(
				signed,
				body,
				tencentQuery({ command: 'OfficialAccount.CallbackAfterSendMsg' }),
			),
		);
		expect(signed.started[0][0][0].json.Random).toBe('12345678901234567890');
	});

	test('without a Callback Token in the credential, unsigned callbacks are accepted (SdkAppid still checked)', async () => {
		expectCallbackOk(
			await postCallback(open, fixtureBody(TENCENT_FIXTURES[5]), tencentQuery({ token: null })),
		);
		expect(open.started).toHaveLength(1);
		open.started.splice(0);
		expectCallbackRefused(
			open,
			await postCallback(
				open,
				fixtureBody(TENCENT_FIXTURES[5]),
				tencentQuery({ token: null, sdkAppId: 1400000009 }),
			),
			403,
			/SdkAppid does not match/,
		);
	});
});
