import { WeChatMiniProgramTrigger } from '../../../nodes/WeChatMiniProgramTrigger/WeChatMiniProgramTrigger.node';
import { EVENT_FIXTURES } from '../../../testkit/fixtures/wechatEventFixtures';
import {
	compatibleBody,
	pkcs7To32,
	safeJsonEnvelope,
	safeXmlEnvelope,
	sha1Signature,
	signedQuery,
	wechatEncrypt,
} from '../../../testkit/fixtures/wechatTestCrypto';
import { expectRefusedWithoutSecrets } from '../../trigger/refusals';
import {
	send,
	startTriggerServer,
	TRIGGER_CREDENTIALS,
	TRIGGER_SECRETS,
	withTriggerServer,
} from '../../trigger/triggerServer';
import type { HttpAnswer, TriggerServer } from '../../trigger/triggerServer';

const XML = EVENT_FIXTURES.find((f) => f.format === 'xml')!.body;
const now = () => Math.floor(Date.now() / 1000);

let plain: TriggerServer;
let safe: TriggerServer;
let small: TriggerServer;
beforeAll(async () => {
	plain = await startTriggerServer(TRIGGER_CREDENTIALS, { encryptionMode: 'plaintext' });
	safe = await startTriggerServer(TRIGGER_CREDENTIALS, { encryptionMode: 'safe' });
	small = await startTriggerServer(TRIGGER_CREDENTIALS, {
		encryptionMode: 'plaintext',
		options: { maxBodySize: 2048, replayWindowSeconds: 30 },
	});
});
afterAll(async () => {
	await Promise.all([plain.close(), safe.close(), small.close()]);
});
beforeEach(() => {
	for (const server of [plain, safe, small]) server.started.splice(0);
});

function expectRefused(server: TriggerServer, answer: HttpAnswer, status: number, reason: RegExp) {
	expectRefusedWithoutSecrets(TRIGGER_SECRETS, server, answer, status, reason);
}

/** A request signed as WeChat signs it (`signature`: token, timestamp and nonce; not the body). */
function signedPost(server: TriggerServer, body: string, contentType = 'text/xml') {
	return send(server.url, { query: signedQuery(), body, contentType });
}

/** The test's XML message with `query` (signed, or made wrong, by the test). */
function xmlPost(server: TriggerServer, query: object) {
	return send(server.url, { query, body: XML, contentType: 'text/xml' });
}

/** `body`, signed, to the plaintext trigger: refused with `status` and `reason`. */
async function expectPlainRefused(
	body: string,
	status: number,
	reason: RegExp,
	contentType?: string,
) {
	expectRefused(plain, await signedPost(plain, body, contentType), status, reason);
}

/** An encrypted message in WeChat's envelope (to `envelopeTo`), signed with msg_signature too. */
function encryptedPost(
	server: TriggerServer,
	encrypt: string,
	format: 'xml' | 'json' = 'xml',
	envelopeTo?: string,
) {
	return send(server.url, {
		query: signedQuery({ encrypt }),
		body:
			format === 'xml'
				? safeXmlEnvelope(encrypt, envelopeTo)
				: safeJsonEnvelope(encrypt, envelopeTo),
		contentType: format === 'xml' ? 'text/xml' : 'application/json',
	});
}

function safePost(
	encrypt: string,
	query: object = signedQuery({ encrypt }),
	body = safeXmlEnvelope(encrypt),
) {
	return send(safe.url, { query, body, contentType: 'text/xml' });
}

describe('hostile requests are refused with 4xx, a clear reason, no workflow and no secret', () => {
	test('missing signature (plaintext)', async () => {
		const { signature: _drop, ...query } = signedQuery();
		expectRefused(
			plain,
			await send(plain.url, { query, body: XML, contentType: 'text/xml' }),
			401,
			/signature is missing/,
		);
	});

	test('bad signature (plaintext)', async () => {
		const query = { ...signedQuery(), signature: sha1Signature('wrong-token', '1', '2') };
		expectRefused(
			plain,
			await send(plain.url, { query, body: XML, contentType: 'text/xml' }),
			401,
			/signature does not match/,
		);
	});

	test('signature made with another token', async () => {
		expectRefused(
			plain,
			await xmlPost(plain, signedQuery({ token: 'other' })),
			401,
			/signature does not match/,
		);
	});

	test('missing timestamp / nonce', async () => {
		const { timestamp: _t, ...noTimestamp } = signedQuery();
		expectRefused(plain, await xmlPost(plain, noTimestamp), 400, /timestamp is missing/);
		const { nonce: _n, ...noNonce } = signedQuery();
		expectRefused(plain, await xmlPost(plain, noNonce), 400, /nonce is missing/);
	});

	test('repeated query parameter', async () => {
		const query = signedQuery();
		expectRefused(
			plain,
			await xmlPost(plain, { ...query, signature: [query.signature, query.signature] }),
			400,
			/must appear once/,
		);
	});

	test('replayed (old) timestamp with a valid signature: default 300 s window', async () => {
		expectRefused(
			plain,
			await xmlPost(plain, signedQuery({ timestamp: now() - 301 })),
			403,
			/replay window/,
		);
		expect((await xmlPost(plain, signedQuery({ timestamp: now() - 290 }))).status).toBe(200);
	});

	test('timestamp from the future, and a configured 30 s window', async () => {
		expectRefused(
			plain,
			await xmlPost(plain, signedQuery({ timestamp: now() + 400 })),
			403,
			/replay window/,
		);
		expectRefused(
			small,
			await xmlPost(small, signedQuery({ timestamp: now() - 60 })),
			403,
			/replay window/,
		);
	});

	test('replay window 0 turns the check off', async () => {
		await withTriggerServer(
			{
				encryptionMode: 'plaintext',
				options: { replayWindowSeconds: 0 },
			},
			async (server) => {
				expect((await xmlPost(server, signedQuery({ timestamp: 1546924844 }))).status).toBe(200);
			},
		);
	});

	test('missing msg_signature (safe)', async () => {
		const encrypt = wechatEncrypt(XML);
		const { msg_signature: _m, ...query } = signedQuery({ encrypt });
		expectRefused(safe, await safePost(encrypt, query), 401, /msg_signature is missing/);
	});

	test('bad msg_signature: Encrypt swapped for another valid ciphertext', async () => {
		const encrypt = wechatEncrypt(XML);
		expectRefused(
			safe,
			await safePost(wechatEncrypt(XML), signedQuery({ encrypt })),
			401,
			/msg_signature does not match/,
		);
	});

	test('wrong appid inside the ciphertext', async () => {
		const encrypt = wechatEncrypt(XML, { appId: 'wxattacker000000' });
		expectRefused(safe, await safePost(encrypt), 403, /appid/);
	});

	test('truncated ciphertext', async () => {
		const full = Buffer.from(wechatEncrypt(XML), 'base64');
		const encrypt = full.subarray(0, full.length - 7).toString('base64');
		expectRefused(safe, await safePost(encrypt), 400, /truncated/);
	});

	test('badly padded ciphertext', async () => {
		const encrypt = wechatEncrypt(XML, {
			pad: (d) => {
				const padded = pkcs7To32(d);
				padded[padded.length - 1] = 0;
				return padded;
			},
		});
		expectRefused(safe, await safePost(encrypt), 400, /PKCS#7/);
	});

	test('declared message length larger than the ciphertext', async () => {
		expectRefused(
			safe,
			await safePost(wechatEncrypt(XML, { declaredLength: 99999 })),
			400,
			/longer than its content/,
		);
	});

	test('ciphertext that is not base64', async () => {
		expectRefused(safe, await safePost('%%%not-base64%%%'), 400, /base64/);
	});

	test('unencrypted message in safe mode (downgrade)', async () => {
		expectRefused(safe, await signedPost(safe, XML), 400, /expects an encrypted message/);
	});

	test('encrypted message sent to a plaintext-mode trigger', async () => {
		const encrypt = wechatEncrypt(XML);
		expectRefused(plain, await encryptedPost(plain, encrypt), 400, /set Message Encryption Mode/);
	});

	test('malformed XML (plaintext) and malformed XML inside valid ciphertext (safe)', async () => {
		await expectPlainRefused('<xml><A>1</B></xml>', 400, /XML body is malformed/);
		expectRefused(
			safe,
			await safePost(wechatEncrypt('<xml><A>1</xml>')),
			400,
			/XML body is malformed/,
		);
	});

	test('malformed JSON, plain and encrypted', async () => {
		await expectPlainRefused('{"Event": "x",', 400, /JSON body is malformed/, 'application/json');
		const encrypt = wechatEncrypt('{"Event": "x",}');
		expectRefused(safe, await encryptedPost(safe, encrypt, 'json'), 400, /JSON body is malformed/);
	});

	test('DOCTYPE / entity expansion (billion laughs), plain and inside ciphertext', async () => {
		const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><xml><Event>&lol2;</Event></xml>`;
		await expectPlainRefused(bomb, 400, /DOCTYPE/);
		expectRefused(safe, await safePost(wechatEncrypt(bomb)), 400, /DOCTYPE/);
		const xxe = `<!DOCTYPE xml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><xml><Event>&xxe;</Event></xml>`;
		await expectPlainRefused(xxe, 400, /DOCTYPE/);
	});

	test('processing instruction and excessive nesting', async () => {
		await expectPlainRefused('<xml><?evil?></xml>', 400, /processing instructions/);
		const deep = `<xml>${'<a>'.repeat(20)}${'</a>'.repeat(20)}</xml>`;
		await expectPlainRefused(deep, 400, /deeper than 16/);
	});

	test('oversized body: default 1 MiB and a configured limit', async () => {
		const big = `<xml><Event>${'a'.repeat(1024 * 1024)}</Event></xml>`;
		await expectPlainRefused(big, 413, /Max Body Size/);
		const medium = `<xml><Event>${'a'.repeat(3000)}</Event></xml>`;
		expectRefused(small, await signedPost(small, medium), 413, /Max Body Size/);
	});

	// Issue 12: the label is only a hint, so a wrong label alone is no longer refused (it was 415);
	// a body that is neither XML nor JSON is refused whatever the label says.
	test('a body that is neither XML nor JSON, whatever its label', async () => {
		for (const contentType of [
			'text/xml',
			'application/json',
			'application/x-www-form-urlencoded',
			'multipart/form-data; boundary=x',
		]) {
			await expectPlainRefused('Event=x&a=1', 400, /body is neither XML nor JSON/, contentType);
		}
	});

	test('empty and whitespace-only body', async () => {
		await expectPlainRefused('', 400, /empty/);
		await expectPlainRefused('  \n ', 400, /empty/);
	});

	test('XML root other than <xml>', async () => {
		await expectPlainRefused('<root><Event>x</Event></root>', 400, /root element/);
	});

	test('compatible mode with a forged Encrypt: the plaintext copy does not rescue it', async () => {
		await withTriggerServer({ encryptionMode: 'compatible' }, async (server) => {
			const encrypt = wechatEncrypt(XML);
			const answer = await send(server.url, {
				query: { ...signedQuery({ encrypt }), msg_signature: '0'.repeat(40) },
				body: compatibleBody(XML, 'xml', encrypt),
				contentType: 'text/xml',
			});
			expectRefused(server, answer, 401, /msg_signature does not match/);
		});
	});
});

describe('compatible mode: the encrypted copy is required (issue 16)', () => {
	test("plaintext mode's notice says its signature does not cover the message", () => {
		const notice = new WeChatMiniProgramTrigger().description.properties.find(
			(p) => p.name === 'plaintextNotice',
		);
		expect(notice?.displayOptions?.show).toEqual({
			source: ['weChatMiniProgram'],
			encryptionMode: ['plaintext'],
		});
		expect(notice?.displayName).toMatch(
			/covers only the Token, timestamp and nonce, not the message/,
		);
	});

	// `signature` covers token, timestamp and nonce only: with the plaintext copy alone, anyone who
	// saw one push's query string could send any body with it for the whole replay window.
	test('a plaintext body without Encrypt, correctly signed, is refused saying what arrived', async () => {
		await withTriggerServer({ encryptionMode: 'compatible' }, async (server) => {
			const xml = await signedPost(server, XML);
			expectRefused(server, xml, 400, /compatible mode expects an Encrypt field/);
			expect(xml.body).toMatch(/an unencrypted XML message arrived/);
			const json = await signedPost(
				server,
				'{"ToUserName":"gh_1","CreateTime":1,"MsgType":"event","Event":"x"}',
				'application/json',
			);
			expectRefused(server, json, 400, /an unencrypted JSON message arrived/);
		});
	});

	test('the compatible body WeChat sends (plaintext and Encrypt) is still accepted', async () => {
		await withTriggerServer({ encryptionMode: 'compatible' }, async (server) => {
			const encrypt = wechatEncrypt(XML);
			const answer = await send(server.url, {
				query: signedQuery({ encrypt }),
				body: compatibleBody(XML, 'xml', encrypt),
				contentType: 'text/xml',
			});
			expect(answer).toMatchObject({ status: 200, body: 'success' });
			expect(server.started).toHaveLength(1);
		});
	});
});

describe('Expected Original ID: a message for another Mini Program is refused (issue 16)', () => {
	// A platform's component credential decrypts every authorized merchant's messages: a message
	// for another merchant, pointed at this trigger's URL, decrypts and verifies just as well.
	const ORIGINAL_ID = 'gh_123456789abc';
	const toOther = XML.replace(ORIGINAL_ID, 'gh_othermerchant');
	let guarded: TriggerServer;
	beforeAll(async () => {
		guarded = await startTriggerServer(TRIGGER_CREDENTIALS, {
			encryptionMode: 'safe',
			options: { expectedOriginalId: ORIGINAL_ID },
		});
	});
	afterAll(async () => await guarded.close());
	beforeEach(() => guarded.started.splice(0));
	const post = (message: string, envelopeTo = ORIGINAL_ID) => {
		const encrypt = wechatEncrypt(message);
		return encryptedPost(guarded, encrypt, 'xml', envelopeTo);
	};

	test('another ToUserName inside the ciphertext: 403 naming both, whatever the envelope says', async () => {
		const answer = await post(toOther);
		expectRefused(guarded, answer, 403, /ToUserName "gh_othermerchant"/);
		expect(answer.body).toContain(`Expected Original ID "${ORIGINAL_ID}"`);
	});

	test('no ToUserName at all: 403', async () => {
		const answer = await post(XML.replace(/<ToUserName>.*?<\/ToUserName>/s, ''));
		expectRefused(guarded, answer, 403, /ToUserName missing, not to the Expected Original ID/);
	});

	test('the unsigned envelope cannot redirect a message: only the decrypted one counts', async () => {
		const answer = await post(XML, 'gh_othermerchant');
		expect(answer).toMatchObject({ status: 200, body: 'success' });
		expect(guarded.started).toHaveLength(1);
	});

	test('without the option, any addressee is accepted (as before)', async () => {
		expect(await safePost(wechatEncrypt(toOther))).toMatchObject({ status: 200, body: 'success' });
		expect(safe.started).toHaveLength(1);
	});
});

describe('hostile URL verification (GET)', () => {
	test('bad signature, missing echostr, old timestamp', async () => {
		expectRefused(
			plain,
			await send(plain.url, {
				method: 'GET',
				query: { ...signedQuery(), signature: 'f'.repeat(40), echostr: '1' },
			}),
			401,
			/signature does not match/,
		);
		expectRefused(
			plain,
			await send(plain.url, { method: 'GET', query: signedQuery() }),
			400,
			/echostr is missing/,
		);
		expectRefused(
			plain,
			await send(plain.url, {
				method: 'GET',
				query: { ...signedQuery({ timestamp: now() - 1000 }), echostr: '1' },
			}),
			403,
			/replay window/,
		);
	});

	test('echostr with markup is not reflected', async () => {
		expectRefused(
			plain,
			await send(plain.url, {
				method: 'GET',
				query: { ...signedQuery(), echostr: '<script>alert(1)</script>' },
			}),
			400,
			/unexpected characters/,
		);
	});

	test('safe mode: encrypted echostr with a wrong appid or a bad msg_signature', async () => {
		const foreign = wechatEncrypt('12345', { appId: 'wxother' });
		expectRefused(
			safe,
			await send(safe.url, {
				method: 'GET',
				query: { ...signedQuery({ encrypt: foreign }), echostr: foreign },
			}),
			403,
			/appid/,
		);
		const echostr = wechatEncrypt('12345');
		expectRefused(
			safe,
			await send(safe.url, {
				method: 'GET',
				query: { ...signedQuery({ encrypt: echostr }), msg_signature: '1'.repeat(40), echostr },
			}),
			401,
			/msg_signature/,
		);
	});
});

describe('credential problems answer 500 without echoing anything secret', () => {
	test('EncodingAESKey of the wrong length', async () => {
		const server = await startTriggerServer(
			{ ...TRIGGER_CREDENTIALS, encodingAESKey: 'too-short-but-secret' },
			{ encryptionMode: 'safe' },
		);
		try {
			const encrypt = wechatEncrypt(XML);
			const answer = await encryptedPost(server, encrypt);
			expect(answer.status).toBe(500);
			expect(answer.body).toMatch(/EncodingAESKey must be 43/);
			expect(answer.body).not.toContain('too-short-but-secret');
			expect(server.started).toHaveLength(0);
		} finally {
			await server.close();
		}
	});

	test('no Message Push Token', async () => {
		const server = await startTriggerServer(
			{ ...TRIGGER_CREDENTIALS, token: '' },
			{ encryptionMode: 'plaintext' },
		);
		try {
			const answer = await xmlPost(server, signedQuery({ token: '' }));
			expect(answer).toMatchObject({
				status: 500,
				body: 'the credential has no Message Push Token',
			});
			expect(server.started).toHaveLength(0);
		} finally {
			await server.close();
		}
	});
});
