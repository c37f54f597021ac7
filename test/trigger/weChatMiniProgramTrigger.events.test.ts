import {
	compatibleBody,
	safeXmlEnvelope,
	sha1Signature,
	signedPush,
	signedQuery,
	wechatEncrypt,
} from '../../testkit/fixtures/wechatTestCrypto';
import { EVENT_FIXTURES, UNKNOWN_EVENT_XML } from '../../testkit/fixtures/wechatEventFixtures';
import {
	send,
	startTriggerServer,
	TRIGGER_CREDENTIALS,
	TRIGGER_SECRETS,
	withTriggerServer,
} from './triggerServer';
import type { TriggerServer } from './triggerServer';

const CONTENT_TYPE = { xml: 'text/xml', json: 'application/json' } as const;

function expectNoSecret(...texts: string[]) {
	for (const text of texts)
		for (const secret of TRIGGER_SECRETS) expect(text).not.toContain(secret);
}

describe.each(['plaintext', 'compatible', 'safe'] as const)('%s mode over real HTTP', (mode) => {
	let server: TriggerServer;
	beforeAll(async () => {
		server = await startTriggerServer(TRIGGER_CREDENTIALS, { encryptionMode: mode });
	});
	afterAll(async () => await server.close());
	beforeEach(() => server.started.splice(0));

	test.each(EVENT_FIXTURES.map((f) => [f.title, f]))(
		'%s: answers "success" and emits the clean event',
		async (_title, fixture) => {
			const { query, body } = signedPush(fixture.body, mode, fixture.format);
			const answer = await send(server.url, {
				query,
				body,
				contentType: CONTENT_TYPE[fixture.format],
			});
			expect(answer).toEqual({
				status: 200,
				contentType: 'text/plain; charset=utf-8',
				body: 'success',
			});
			expect(server.started).toHaveLength(1);
			expect(server.started[0]).toEqual([[{ json: fixture.expected }]]);
			expectNoSecret(JSON.stringify(server.started), ...server.logs);
		},
	);

	test('GET URL verification answers echostr as plain text', async () => {
		const echostr = '7131469856736373817';
		const answer = await send(server.url, { method: 'GET', query: { ...signedQuery(), echostr } });
		expect(answer).toEqual({
			status: 200,
			contentType: 'text/plain; charset=utf-8',
			body: echostr,
		});
		expect(server.started).toHaveLength(0);
	});

	// Issue 12: numbers by the one rule (Count was '3') and a digest in the key (it was Event|From|Time);
	// the key is the same in every mode, so retries across encryption keep one key.
	test('unknown events keep their shape', async () => {
		const { query, body } = signedPush(UNKNOWN_EVENT_XML, mode, 'xml');
		const answer = await send(server.url, {
			query,
			body,
			contentType: 'text/xml',
		});
		expect(answer.body).toBe('success');
		expect(server.started[0][0][0].json).toMatchObject({
			Event: 'brand_new_event',
			// XML text stays text where no table says a field is a number (issue 16).
			Payload: { Count: '3' },
			dedupKey: 'brand_new_event|oSomeone|1700000000|sha256:1a8d83db4b1ef5d2d85aa7ea4599cb19',
		});
	});
});

describe('safe mode URL verification with msg_signature and an encrypted echostr', () => {
	test('decrypts the echostr and answers it', async () => {
		await withTriggerServer({ encryptionMode: 'safe' }, async (server) => {
			const encrypted = wechatEncrypt('1616140317555161061');
			const answer = await send(server.url, {
				method: 'GET',
				query: { ...signedQuery({ encrypt: encrypted }), echostr: encrypted },
			});
			expect(answer).toMatchObject({ status: 200, body: '1616140317555161061' });
		});
	});
});

describe('compatible mode', () => {
	test('uses the verified encrypted copy, not the plaintext copy, when both are present', async () => {
		await withTriggerServer({ encryptionMode: 'compatible' }, async (server) => {
			const fixture = EVENT_FIXTURES[0];
			const encrypt = wechatEncrypt(fixture.body);
			const tamperedPlain = fixture.body.replace('oUserFollower', 'oAttacker');
			await send(server.url, {
				query: signedQuery({ encrypt }),
				body: compatibleBody(tamperedPlain, 'xml', encrypt),
				contentType: 'text/xml',
			});
			expect(server.started[0][0][0].json).toEqual(fixture.expected);
		});
	});
});

describe('node options', () => {
	test('the Events filter answers success but starts nothing for other events', async () => {
		await withTriggerServer(
			{ encryptionMode: 'plaintext', events: ['subscribe_msg_sent_event'] },
			async (server) => {
				const follow = EVENT_FIXTURES.find((f) => f.event === 'wxalive_follow_notify')!;
				const sent = EVENT_FIXTURES.find((f) => f.event === 'subscribe_msg_sent_event')!;
				expect(
					(
						await send(server.url, {
							query: signedQuery(),
							body: follow.body,
							contentType: 'text/xml',
						})
					).body,
				).toBe('success');
				expect(server.started).toHaveLength(0);
				expect(
					(
						await send(server.url, {
							query: signedQuery(),
							body: sent.body,
							contentType: 'text/xml',
						})
					).body,
				).toBe('success');
				expect(server.started).toHaveLength(1);
			},
		);
	});

	test('Include Raw Message adds the decrypted text', async () => {
		await withTriggerServer(
			{
				encryptionMode: 'safe',
				options: { includeRawMessage: true },
			},
			async (server) => {
				const fixture = EVENT_FIXTURES[4];
				const encrypt = wechatEncrypt(fixture.body);
				await send(server.url, {
					query: signedQuery({ encrypt }),
					body: safeXmlEnvelope(encrypt),
					contentType: 'text/xml',
				});
				expect(server.started[0][0][0].json.rawMessage).toBe(fixture.body);
			},
		);
	});

	test('Body Format XML refuses a JSON request (415)', async () => {
		await withTriggerServer({ encryptionMode: 'plaintext', bodyFormat: 'xml' }, async (server) => {
			const answer = await send(server.url, {
				query: signedQuery(),
				body: '{"Event":"x"}',
				contentType: 'application/json',
			});
			expect(answer.status).toBe(415);
			expect(server.started).toHaveLength(0);
		});
	});

	test('retries of one message carry the same dedupKey (timestamps and nonces differ)', async () => {
		await withTriggerServer({ encryptionMode: 'safe' }, async (server) => {
			const fixture = EVENT_FIXTURES.find((f) => f.event === 'subscribe_msg_sent_event')!;
			for (let attempt = 0; attempt < 3; attempt++) {
				const encrypt = wechatEncrypt(fixture.body);
				await send(server.url, {
					query: signedQuery({ encrypt, timestamp: Math.floor(Date.now() / 1000) + attempt * 5 }),
					body: safeXmlEnvelope(encrypt),
					contentType: 'text/xml',
				});
			}
			expect(new Set(server.started.map((run) => run[0][0].json.dedupKey))).toEqual(
				new Set(['subscribe_msg_sent_event|1864323726461255680']),
			);
		});
	});
});

test('test helper sanity: the signature helper is not the runtime one', () => {
	expect(sha1Signature('b', 'a')).toBe(sha1Signature('a', 'b'));
});
