import {
	BIG_MSG_ID,
	cardMessage,
	CS_MINI_PROGRAM,
	CS_USER,
	enterSessionEvent,
	imageMessage,
	textMessage,
	textMessageJsonWithNumberMsgId,
} from '../../testkit/fixtures/customerServiceFixtures';
import {
	signedQuery,
	TEST_AES_KEY,
	TEST_APP_ID,
	TEST_TOKEN,
} from '../../testkit/fixtures/wechatTestCrypto';
import {
	addContentSecurityRoutes,
	dueMediaVerdicts,
} from '../../testkit/servers/fakeWeChat/contentSecurityRoutes';
import type { ManualClock } from '../../testkit/clock/manualClock';
import { pushToTrigger } from '../../testkit/servers/fakeWeChat/messagePusher';
import type { PushTarget } from '../../testkit/servers/fakeWeChat/messagePusher';
import { FakeWeChatServer } from '../../testkit/servers/fakeWeChat/server';
import { listenOnLoopback } from '../../testkit/servers/loopback';
import { send, startTriggerServer, TRIGGER_CREDENTIALS, withTriggerServer } from './triggerServer';
import type { AnsweringWorkflow, TriggerServer } from './triggerServer';

const MODES = ['plaintext', 'compatible', 'safe'] as const;
const FORMATS = ['xml', 'json'] as const;

const target = (
	server: TriggerServer,
	mode: PushTarget['mode'],
	format: PushTarget['format'],
): PushTarget => ({
	url: server.url,
	token: TEST_TOKEN,
	aesKey: TEST_AES_KEY,
	appId: TEST_APP_ID,
	mode,
	format,
});

const startedItems = (server: TriggerServer) => server.started.map((data) => data[0][0].json);

describe.each(MODES.flatMap((mode) => FORMATS.map((format) => [mode, format] as const)))(
	'customer service pushes, %s mode, %s',
	(mode, format) => {
		let server: TriggerServer;
		beforeAll(async () => {
			server = await startTriggerServer(TRIGGER_CREDENTIALS, {
				encryptionMode: mode,
				bodyFormat: format,
			});
		});
		afterAll(async () => await server.close());
		beforeEach(() => server.started.splice(0));

		test('text, image, card and session entry start the workflow, answered "success" at the first attempt', async () => {
			for (const message of [textMessage(), imageMessage(), cardMessage(), enterSessionEvent()]) {
				const outcome = await pushToTrigger(target(server, mode, format), message);
				expect(outcome).toMatchObject({ accepted: true, userSawFailure: false });
				expect(outcome.attempts).toHaveLength(1);
				expect(outcome.reply).toBeUndefined();
			}
			const [text, image, card, entry] = startedItems(server);
			expect(text).toEqual({ ...textMessage(), dedupKey: `msg:${BIG_MSG_ID}` });
			expect(image).toEqual({ ...imageMessage(), dedupKey: 'msg:23456789012345678902' });
			expect(card).toEqual({ ...cardMessage(), dedupKey: 'msg:23456789012345678903' });
			expect(entry).toMatchObject({ Event: 'user_enter_tempsession', SessionFrom: 'order-page' });
			expect(entry.dedupKey).toMatch(
				new RegExp(`^user_enter_tempsession\\|${CS_USER}\\|1767603603\\|sha256:[0-9a-f]{32}$`),
			);
		});

		test('a retry of one message gets the same dedupKey; another message another', async () => {
			await pushToTrigger(target(server, mode, format), textMessage('a', '100000000000000000001'));
			await pushToTrigger(target(server, mode, format), textMessage('a', '100000000000000000001'));
			await pushToTrigger(target(server, mode, format), textMessage('a', '100000000000000000002'));
			expect(startedItems(server).map((item) => item.dedupKey)).toEqual([
				'msg:100000000000000000001',
				'msg:100000000000000000001',
				'msg:100000000000000000002',
			]);
		});
	},
);

describe('MsgId stays exact', () => {
	let server: TriggerServer;
	beforeAll(async () => {
		server = await startTriggerServer(TRIGGER_CREDENTIALS, {
			encryptionMode: 'plaintext',
			bodyFormat: 'json',
		});
	});
	afterAll(async () => await server.close());

	test.each(['23456789012345678901', '18446744073709551615', '9007199254740993', '42'])(
		'a JSON MsgId written as the number %s reaches the workflow as that string',
		async (msgId) => {
			server.started.splice(0);
			const answer = await send(server.url, {
				query: signedQuery(),
				body: textMessageJsonWithNumberMsgId(msgId),
				contentType: 'application/json',
			});
			expect(answer.body).toBe('success');
			expect(startedItems(server)[0]).toMatchObject({ MsgId: msgId, dedupKey: `msg:${msgId}` });
		},
	);
});

describe('transfer to the customer service staff for unselected messages', () => {
	test.each(MODES.flatMap((mode) => FORMATS.map((format) => [mode, format] as const)))(
		'%s, %s: an image the workflow does not take is answered transfer_customer_service; text starts the workflow',
		async (mode, format) => {
			await withTriggerServer(
				{
					encryptionMode: mode,
					bodyFormat: format,
					events: ['text'],
					messageAnswer: 'transferUnselected',
				},
				async (server) => {
					const image = await pushToTrigger(target(server, mode, format), imageMessage());
					expect(image).toMatchObject({ accepted: true });
					expect(image.attempts).toHaveLength(1);
					expectTransferReply(image.reply, format);
					if (mode !== 'plaintext') expect(image.attempts[0].body).toContain('Encrypt');
					else expect(image.attempts[0].body).not.toContain('Encrypt');
					const text = await pushToTrigger(target(server, mode, format), textMessage());
					expect(text.reply).toBeUndefined();
					expect(startedItems(server).map((item) => item.MsgType)).toEqual(['text']);
					// Events are never transferred: they are not conversations.
					const entry = await pushToTrigger(target(server, mode, format), enterSessionEvent());
					expect(entry.reply).toBeUndefined();
				},
			);
		},
	);
});

function expectTransferReply(reply: string | undefined, format: 'xml' | 'json') {
	expect(reply).toBeDefined();
	if (format === 'json') {
		expect(JSON.parse(reply!)).toEqual({
			ToUserName: CS_USER,
			FromUserName: CS_MINI_PROGRAM,
			CreateTime: expect.any(Number),
			MsgType: 'transfer_customer_service',
		});
	} else {
		expect(reply).toMatch(
			new RegExp(
				`^<xml><ToUserName><!\\[CDATA\\[${CS_USER}\\]\\]></ToUserName><FromUserName><!\\[CDATA\\[${CS_MINI_PROGRAM}\\]\\]></FromUserName><CreateTime>\\d+</CreateTime><MsgType><!\\[CDATA\\[transfer_customer_service\\]\\]></MsgType></xml>$`,
			),
		);
	}
}

describe('the workflow decides the answer (Respond to Webhook), always within 5 s', () => {
	const start = (workflow: AnsweringWorkflow, parameters: Record<string, unknown> = {}) =>
		startTriggerServer(
			TRIGGER_CREDENTIALS,
			{
				encryptionMode: 'safe',
				bodyFormat: 'xml',
				messageAnswer: 'workflow',
				messageAnswerDeadlineMs: 400,
				...parameters,
			},
			'weChatMiniProgramApi',
			workflow,
		);

	test.each([
		['transfer_customer_service', 'transfer'],
		['{"MsgType":"transfer_customer_service"}', 'transfer'],
		['success', 'success'],
	])(
		'the answer %s becomes the passive reply (%s), encrypted as the push was',
		async (body, kind) => {
			const server = await start(async (json, respond) => {
				expect(json.MsgType).toBe('text');
				respond({ body });
			});
			try {
				const outcome = await pushToTrigger(target(server, 'safe', 'xml'), textMessage());
				expect(outcome.attempts).toHaveLength(1);
				if (kind === 'transfer') {
					expectTransferReply(outcome.reply, 'xml');
					expect(outcome.attempts[0].body).toMatch(/^<xml><Encrypt>/);
				} else expect(outcome.attempts[0].body).toBe('success');
			} finally {
				await server.close();
			}
		},
	);

	test.each([
		[
			'answers something else',
			async (_: unknown, respond: (r: { body: unknown }) => void) =>
				respond({ body: '<xml><MsgType>text</MsgType></xml>' }),
		],
		[
			'fails',
			async () => {
				throw new Error('model unavailable');
			},
		],
		['ends without answering', async () => {}],
		[
			'is later than the deadline',
			async (_: unknown, respond: (r: { body: unknown }) => void, clock: ManualClock) => {
				clock.advance(700);
				await new Promise((resolve) => setImmediate(resolve));
				respond({ body: 'success' });
			},
		],
	])(
		'when the workflow %s, the default answer (transfer) goes out at the first attempt',
		async (_, workflow) => {
			const server = await start(workflow as AnsweringWorkflow, {
				messageDefaultAnswer: 'transfer',
			});
			try {
				const outcome = await pushToTrigger(target(server, 'safe', 'xml'), textMessage());
				expect(outcome.attempts).toHaveLength(1);
				expectTransferReply(outcome.reply, 'xml');
				expect(server.logs.join('\n')).toMatch(
					/text message: .*(not used|did not answer|deadline)/,
				);
			} finally {
				await server.close();
			}
		},
	);

	test('events and unselected messages are answered at once, without the workflow deciding', async () => {
		let asked = 0;
		const server = await start(
			async (_, respond) => {
				asked++;
				respond({ body: 'success' });
			},
			{ events: ['text', 'user_enter_tempsession'], messageDefaultAnswer: 'transfer' },
		);
		try {
			const entry = await pushToTrigger(target(server, 'safe', 'xml'), enterSessionEvent());
			expect(entry.attempts[0].body).toBe('success');
			const image = await pushToTrigger(target(server, 'safe', 'xml'), imageMessage());
			expectTransferReply(image.reply, 'xml');
			expect(asked).toBe(0);
			expect(startedItems(server).map((item) => item.Event)).toEqual(['user_enter_tempsession']);
		} finally {
			await server.close();
		}
	});
});

describe('the local WeChat pushes the asynchronous media verdict to the trigger', () => {
	test('wxa_media_check arrives with the trace ID of the check, its verdict as fields', async () => {
		const weChat = await new FakeWeChatServer().start();
		let now = Date.UTC(2026, 0, 5, 9);
		const security = addContentSecurityRoutes(weChat, () => now);
		security.visits.set(CS_USER, now);
		const server = await startTriggerServer(TRIGGER_CREDENTIALS, {
			encryptionMode: 'safe',
			events: ['wxa_media_check'],
		});
		try {
			const token = (
				(await (
					await fetch(`${weChat.url}/cgi-bin/stable_token`, {
						method: 'POST',
						body: JSON.stringify({
							grant_type: 'client_credential',
							appid: weChat.appId,
							secret: weChat.appSecret,
						}),
					})
				).json()) as { access_token: string }
			).access_token;
			security.mediaVerdicts.set('https://cdn.example.com/b.jpg', {
				suggest: 'risky',
				label: 20002,
			});
			const checked = (await (
				await fetch(`${weChat.url}/wxa/media_check_async?access_token=${token}`, {
					method: 'POST',
					body: JSON.stringify({
						media_url: 'https://cdn.example.com/b.jpg',
						media_type: 2,
						version: 2,
						scene: 2,
						openid: CS_USER,
					}),
				})
			).json()) as { trace_id: string };
			now += 60_000;
			for (const verdict of dueMediaVerdicts(security))
				expect((await pushToTrigger(target(server, 'safe', 'json'), verdict)).accepted).toBe(true);
			const [item] = startedItems(server);
			expect(item).toMatchObject({
				Event: 'wxa_media_check',
				trace_id: checked.trace_id,
				result: { suggest: 'risky', label: 20002 },
				detail: [{ strategy: 'content_model', suggest: 'risky', label: 20002 }],
			});
			expect(item.dedupKey).toMatch(/^wxa_media_check\|/);
		} finally {
			await server.close();
			await weChat.stop();
		}
	});
});

describe("WeChat's retries when the trigger does not answer in time", () => {
	test('no answer within the timeout: the same message three times, then the user sees the failure', async () => {
		let received = 0;
		const silent = await listenOnLoopback(() => {
			received++;
		});
		try {
			const outcome = await pushToTrigger(
				{
					...target({ url: `${silent.url}/` } as TriggerServer, 'safe', 'xml'),
					answerTimeoutMs: 100,
				},
				textMessage(),
			);
			expect(outcome).toMatchObject({ accepted: false, userSawFailure: true });
			expect(outcome.attempts.map((attempt) => attempt.failure)).toEqual(
				Array(3).fill('no answer within the timeout'),
			);
			expect(received).toBe(3);
		} finally {
			await silent.close();
		}
	});
});
