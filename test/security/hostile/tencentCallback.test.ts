import {
	fixtureBody,
	TENCENT_FIXTURES,
	tencentQuery,
	TEST_CALLBACK_TOKEN,
	TEST_SECRET_KEY,
} from '../../../testkit/fixtures/tencentCallbackFixtures';
import {
	deliver,
	expectCallbackOk,
	expectCallbackRefused,
	expectJsonAnswer,
	nowSeconds,
	postCallback,
	TENCENT_CREDENTIALS as CREDENTIALS,
	startTencentTrigger,
	withTrigger,
} from '../../trigger/tencentTriggerKit';
import { answeringWorkflow } from '../../trigger/answeringWorkflows';
import { send } from '../../trigger/triggerServer';
import type { TriggerServer } from '../../trigger/triggerServer';
import { decisionAnswer } from '../../../nodes/protocol/tencent/callback/beforeCallbackAnswer';

/**
 * The trigger in Tencent Cloud Chat mode, attacked: forged or missing signatures, replays,
 * wrong apps, bodies that are not what Tencent sends (issue 16).
 */
let signed: TriggerServer;
let small: TriggerServer;
let open: TriggerServer;
beforeAll(async () => {
	signed = await startTencentTrigger();
	small = await startTencentTrigger({ options: { maxBodySize: 512, replayWindowSeconds: 30 } });
	open = await startTencentTrigger({}, { callbackToken: '' });
});
afterAll(async () => {
	await Promise.all([signed.close(), small.close(), open.close()]);
});
beforeEach(() => {
	for (const server of [signed, small, open]) server.started.splice(0);
});

/** What postCallback sends to the trigger with a Callback Token: refused with `status` and `reason`. */
async function expectSignedRefused(
	status: number,
	reason: RegExp,
	...post: [body: string | undefined, query?: object, contentType?: string]
) {
	expectCallbackRefused(signed, await postCallback(signed, ...post), status, reason);
}

describe('hostile requests are refused with 4xx, a clear reason, no workflow and no secret', () => {
	const body = fixtureBody(TENCENT_FIXTURES[5]);

	test('GET gets 405 with Allow: POST', async () => {
		const answer = await send(signed.url, { method: 'GET', query: tencentQuery() });
		expectCallbackRefused(signed, answer, 405, /POST/);
	});

	test.each([
		['missing Sign with a Callback Token configured', 'Sign', 401, /Sign is missing/],
		['missing RequestTime', 'RequestTime', 401, /RequestTime is missing/],
		['missing SdkAppid', 'SdkAppid', 400, /SdkAppid is missing/],
	] as const)('%s', async (_title, missing, status, reason) => {
		const { [missing]: _gone, ...query } = tencentQuery();
		expectCallbackRefused(signed, await postCallback(signed, body, query), status, reason);
	});

	test('bad Sign, Sign made with another token, Sign of another time', async () => {
		await expectSignedRefused(401, /Sign does not match/, body, {
			...tencentQuery(),
			Sign: '0'.repeat(64),
		});
		await expectSignedRefused(
			401,
			/Sign does not match/,
			body,
			tencentQuery({ token: 'guessed-token' }),
		);
		expectCallbackRefused(
			signed,
			await postCallback(signed, body, {
				...tencentQuery(),
				RequestTime: String(nowSeconds() - 1),
			}),
			401,
			/Sign does not match/,
		);
	});

	test('stale RequestTime with a valid Sign: default 300 s window, and the option', async () => {
		await expectSignedRefused(
			403,
			/replay window/,
			body,
			tencentQuery({ requestTime: nowSeconds() - 301 }),
		);
		expectCallbackOk(
			await postCallback(signed, body, tencentQuery({ requestTime: nowSeconds() - 290 })),
		);
		signed.started.splice(0);
		expectCallbackRefused(
			small,
			await postCallback(small, body, tencentQuery({ requestTime: nowSeconds() - 45 })),
			403,
			/replay window/,
		);
	});

	test('wrong SdkAppid (signed correctly)', async () => {
		await expectSignedRefused(
			403,
			/SdkAppid does not match/,
			body,
			tencentQuery({ sdkAppId: 1400000001 }),
		);
	});

	test('malformed JSON, a JSON array, deep nesting', async () => {
		await expectSignedRefused(
			400,
			/JSON body is malformed/,
			'{"CallbackCommand": "x", ',
			tencentQuery(),
		);
		await expectSignedRefused(400, /not an object/, '[]', tencentQuery());
		await expectSignedRefused(
			400,
			/nested deeper/,
			`{"a":${'['.repeat(30)}${']'.repeat(30)}}`,
			tencentQuery(),
		);
	});

	test('oversized body', async () => {
		const big = JSON.stringify({
			CallbackCommand: 'OfficialAccount.CallbackAfterAddSubscriber',
			Padding: 'x'.repeat(600),
		});
		expectCallbackRefused(
			small,
			await postCallback(small, big, tencentQuery()),
			413,
			/Max Body Size/,
		);
	});

	test('a body that is not JSON gets 415 naming its kind and label, never its content', async () => {
		expectCallbackRefused(
			signed,
			await postCallback(
				signed,
				`<xml><CallbackCommand>x</CallbackCommand><Token>${TEST_CALLBACK_TOKEN}</Token></xml>`,
				tencentQuery(),
				'text/xml',
			),
			415,
			/^the body is not JSON: it starts with <, like XML, labelled text\/xml; Tencent Cloud Chat callbacks are JSON objects$/,
		);
		const form = await postCallback(
			signed,
			`CallbackCommand=x&SecretKey=${TEST_SECRET_KEY}`,
			tencentQuery(),
			'application/x-www-form-urlencoded',
		);
		expectCallbackRefused(
			signed,
			form,
			415,
			/like form fields or text, labelled application\/x-www-form-urlencoded/,
		);
		expect(form.body).not.toContain('CallbackCommand');
		await expectSignedRefused(
			415,
			/the body is not JSON: .* labelled text\/plain/,
			'allow everything',
			tencentQuery(),
			'text/plain',
		);
		await expectSignedRefused(415, /contenttype must be json/, body, {
			...tencentQuery(),
			contenttype: 'xml',
		});
	});

	test('empty body', async () => {
		await expectSignedRefused(400, /body is empty/, '', tencentQuery());
		await expectSignedRefused(400, /body is empty/, undefined, tencentQuery());
	});

	test('CallbackCommand in the query and in the body disagree', async () => {
		expectCallbackRefused(
			signed,
			await postCallback(
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
		await expectSignedRefused(400, /must appear once/, body, {
			...query,
			Sign: [query.Sign, query.Sign],
		});
	});

	test('a signed request while the credential has no Callback Token is refused, naming no secret', async () => {
		expectCallbackRefused(
			open,
			await postCallback(open, body, tencentQuery()),
			500,
			/no Callback Token/,
		);
	});
});

describe('Chat message, state and relation-chain callbacks are refused the same way (issue 21)', () => {
	const chat = (command: string) => TENCENT_FIXTURES.find((f) => f.command === command)!;
	const C2C = chat('C2C.CallbackBeforeSendMsg');

	test.each([
		'C2C.CallbackBeforeSendMsg',
		'Group.CallbackAfterSendMsg',
		'State.StateChange',
		'Sns.CallbackBlackListAdd',
	])('%s: a bad Sign, a Sign of another token, a stale RequestTime', async (command) => {
		const fixtureOf = chat(command);
		const chatBody = fixtureBody(fixtureOf);
		await expectSignedRefused(401, /Sign does not match/, chatBody, {
			...tencentQuery({ command }),
			Sign: 'f'.repeat(64),
		});
		await expectSignedRefused(
			401,
			/Sign does not match/,
			chatBody,
			tencentQuery({ command, token: 'guessed-token' }),
		);
		expectCallbackRefused(
			signed,
			await postCallback(
				signed,
				chatBody,
				tencentQuery({ command, requestTime: nowSeconds() - 301 }),
			),
			403,
			/replay window/,
		);
	});

	test('a replayed before-send callback (captured Sign, RequestTime past the window) is refused', async () => {
		const captured = tencentQuery({ command: C2C.command, requestTime: nowSeconds() - 20 });
		expectCallbackOk(await postCallback(small, fixtureBody(C2C), captured));
		small.started.splice(0);
		const later = { ...captured, RequestTime: String(nowSeconds() - 45) };
		expectCallbackRefused(
			small,
			await postCallback(small, fixtureBody(C2C), later),
			401,
			/Sign does not match/,
		);
		expectCallbackRefused(
			small,
			await postCallback(
				small,
				fixtureBody(C2C),
				tencentQuery({ command: C2C.command, requestTime: nowSeconds() - 45 }),
			),
			403,
			/replay window/,
		);
	});

	test('the unsigned query does not override what the body says', async () => {
		// CallbackCommand in the query naming another callback than the body: refused.
		expectCallbackRefused(
			signed,
			await postCallback(
				signed,
				fixtureBody(C2C),
				tencentQuery({ command: 'Group.CallbackBeforeSendMsg' }),
			),
			400,
			/disagree/,
		);
		// ClientIP / OptPlatform from the query never replace body fields; body fields named like the
		// trigger's own (command, sdkAppId, dedupKey) never replace them.
		const forged = JSON.stringify({
			...JSON.parse(fixtureBody(C2C)),
			command: 'Sns.CallbackFriendAdd',
			sdkAppId: '1400000001',
			dedupKey: 'chosen-by-the-sender',
		});
		expectCallbackOk(
			await postCallback(
				signed,
				forged,
				tencentQuery({ command: C2C.command, clientIp: '192.0.2.66', optPlatform: 'Web' }),
			),
		);
		const [[[{ json }]]] = signed.started;
		expect(json).toMatchObject({
			command: C2C.command,
			sdkAppId: String(CREDENTIALS.sdkAppId),
			From_Account: C2C.body.From_Account,
			MsgBody: C2C.body.MsgBody,
			clientIp: '192.0.2.66',
			optPlatform: 'Web',
		});
		expect(json.dedupKey).toBe(C2C.dedupKey);
	});

	test('an oversized message body is refused before anything is decoded', async () => {
		const big = JSON.stringify({
			...JSON.parse(fixtureBody(C2C)),
			MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'x'.repeat(600) } }],
		});
		expectCallbackRefused(
			small,
			await postCallback(small, big, tencentQuery({ command: C2C.command })),
			413,
			/Max Body Size/,
		);
	});

	test.each([
		[
			'a string',
			'{"ErrorCode":0,"MsgBody":"<b>all clear</b>"}',
			/MsgBody must be a non-empty array/,
		],
		[
			'an element without content',
			'{"ErrorCode":0,"MsgBody":[{"MsgType":"TIMTextElem"}]}',
			/MsgBody must be/,
		],
		[
			'a made-up element type',
			'{"ErrorCode":0,"MsgBody":[{"MsgType":"Text","MsgContent":{"Text":"x"}}]}',
			/MsgBody must be/,
		],
		['an empty array', '{"ErrorCode":0,"MsgBody":[]}', /MsgBody must be a non-empty array/],
		[
			'a prototype key beside it',
			'{"ErrorCode":0,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"x"}}],"__proto__":{"ErrorCode":1}}',
			/fields Tencent does not read here: __proto__/,
		],
		[
			'a refusal with a body',
			'{"ErrorCode":1,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"x"}}]}',
			/MsgBody can only go with ErrorCode 0/,
		],
	])(
		'a workflow changing the message to %s gets the default answer instead',
		async (_kind, responseBody, reason) => {
			await withTrigger(
				answeringWorkflow({ responseBody }),
				{ defaultAnswer: 'deny' },
				async (server) => {
					expectJsonAnswer(await deliver(server, C2C), decisionAnswer('deny'));
					const log = server.logs.join('\n');
					expect(log).toMatch(reason);
					expect(log).not.toContain('all clear');
				},
			);
		},
	);
});
