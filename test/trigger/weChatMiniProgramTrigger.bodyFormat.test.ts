import { EVENT_FIXTURES } from '../../testkit/fixtures/wechatEventFixtures';
import {
	COIN_DELIVER_PAIR,
	MEDIA_CHECK_PAIR,
} from '../../testkit/fixtures/wechatOtherEventFixtures';
import {
	safeJsonEnvelope,
	safeXmlEnvelope,
	signedQuery,
	wechatEncrypt,
} from '../../testkit/fixtures/wechatTestCrypto';
import { send, startTriggerServer, TRIGGER_CREDENTIALS, withTriggerServer } from './triggerServer';
import type { TriggerServer } from './triggerServer';

const push = EVENT_FIXTURES.find((f) => f.title === 'push result JSON')!;
const pushXml = EVENT_FIXTURES.find((f) => f.title === 'push result XML')!;

// Issue 12: developers report WeChat sending JSON pushes labelled text/xml. The body decides.
describe('the body decides the format; the Content-Type label is only a hint', () => {
	let plain: TriggerServer;
	let safe: TriggerServer;
	beforeAll(async () => {
		plain = await startTriggerServer(TRIGGER_CREDENTIALS, { encryptionMode: 'plaintext' });
		safe = await startTriggerServer(TRIGGER_CREDENTIALS, { encryptionMode: 'safe' });
	});
	afterAll(async () => await Promise.all([plain.close(), safe.close()]));
	beforeEach(() => [plain, safe].forEach((s) => s.started.splice(0)));

	test.each([
		['JSON labelled text/xml', push, 'text/xml'],
		['XML labelled application/json', pushXml, 'application/json'],
		['XML labelled form-urlencoded', pushXml, 'application/x-www-form-urlencoded'],
		['JSON with no label', push, undefined],
	])('plain %s is read', async (_title, fixture, contentType) => {
		const answer = await send(plain.url, { query: signedQuery(), body: fixture.body, contentType });
		expect(answer).toMatchObject({ status: 200, body: 'success' });
		expect(plain.started[0][0][0].json).toEqual(fixture.expected);
	});

	test.each([
		['JSON envelope labelled text/xml', safeJsonEnvelope, 'text/xml'],
		['XML envelope labelled application/json', safeXmlEnvelope, 'application/json'],
	])('encrypted %s is read', async (_title, envelope, contentType) => {
		const encrypt = wechatEncrypt(push.body);
		const answer = await send(safe.url, {
			query: signedQuery({ encrypt }),
			body: envelope(encrypt),
			contentType,
		});
		expect(answer).toMatchObject({ status: 200, body: 'success' });
		expect(safe.started[0][0][0].json).toEqual(push.expected);
	});

	test('Body Format stays an override: JSON set, an XML body gets 415 with the reason', async () => {
		await withTriggerServer(
			{ encryptionMode: 'plaintext', bodyFormat: 'json' },
			async (jsonOnly) => {
				const answer = await send(jsonOnly.url, {
					query: signedQuery(),
					body: pushXml.body,
					contentType: 'application/json',
				});
				expect(answer.status).toBe(415);
				expect(answer.body).toBe('the body is XML but Body Format is set to JSON');
				const accepted = await send(jsonOnly.url, {
					query: signedQuery(),
					body: push.body,
					contentType: 'text/xml',
				});
				expect(accepted.status).toBe(200);
			},
		);
	});
});

describe('dedupKey over real HTTP (issue 12)', () => {
	test('retries across encryption (new random prefix, timestamp and nonce each time) keep one key; genuinely different messages of one user in one second do not share it', async () => {
		await withTriggerServer({ encryptionMode: 'safe' }, async (server) => {
			for (const message of [...MEDIA_CHECK_PAIR, ...COIN_DELIVER_PAIR]) {
				for (let attempt = 0; attempt < 3; attempt++) {
					const encrypt = wechatEncrypt(message);
					const answer = await send(server.url, {
						query: signedQuery({
							encrypt,
							timestamp: Math.floor(Date.now() / 1000) + attempt,
							nonce: `n${attempt}`,
						}),
						body: message.startsWith('<') ? safeXmlEnvelope(encrypt) : safeJsonEnvelope(encrypt),
						contentType: 'text/xml',
					});
					expect(answer.body).toBe('success');
				}
			}
			const keys = server.started.map((run) => run[0][0].json.dedupKey as string);
			expect(keys).toHaveLength(12);
			const perMessage = [0, 1, 2, 3].map((m) => new Set(keys.slice(m * 3, m * 3 + 3)));
			for (const set of perMessage) expect(set.size).toBe(1);
			expect(new Set(perMessage.map((set) => [...set][0])).size).toBe(4);
		});
	});
});
