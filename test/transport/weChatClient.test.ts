import { virtualClock } from '../../testkit/clock/defaultClock';
import { WeChatClient } from '../../nodes/WeChatMiniProgram/transport/weChatClient';
import { testTransport } from '../../testkit/engine/nodeTransport';
import { loadOptionsContext } from '../helpers/loadOptionsContext';
import { secretsOf, weChatCredentials } from '../../testkit/servers/fakeWeChat/credentials';
import { FakeWeChatServer } from '../../testkit/servers/fakeWeChat/server';
import type { RouteRequest } from '../../testkit/servers/fakeWeChat/server';
import { startFakeWeChat } from '../helpers/startFakeWeChat';

/** WeChatClient.get and postForm through n8n-core's real request helper, against a local WeChat. */
describe('WeChatClient GET and form requests', () => {
	let server: FakeWeChatServer;
	let seen: RouteRequest[];

	beforeEach(async () => {
		server = await startFakeWeChat();
		seen = [];
		server.route('/read', (request) => {
			seen.push(request);
			return { echo: Object.fromEntries(request.query) };
		});
		server.route('/form', (request) => {
			seen.push(request);
			return { received: request.body };
		});
	});
	afterEach(async () => await server.stop());

	const client = async () =>
		await WeChatClient.create(loadOptionsContext({}, weChatCredentials(server)), testTransport());

	test('GET sends its parameters and the token in the query, no body', async () => {
		const answer = await (await client()).get('/read', { ids: '2,616', start: 0 });
		expect(seen[0].method).toBe('GET');
		expect(seen[0].body).toEqual({});
		expect(answer.echo).toEqual({ ids: '2,616', start: '0', access_token: server.currentToken });
	});

	test('GET is a read: resets, 5xx and -1 are retried, then it gives up saying why, without the token', async () => {
		server.injectFault('/read', { kind: 'reset' });
		server.injectFault('/read', { kind: 'http', status: 502 });
		server.injectFault('/read', { kind: 'errcode', errcode: -1 });
		expect((await (await client()).get('/read')).errcode).toBe(0);
		expect(server.callsTo('/read')).toHaveLength(4);
		server.injectFault('/read', { kind: 'errcode', errcode: -1 }, 10);
		const failure = (await (await client()).get('/read').catch((error: Error) => error)) as Error;
		expect(failure.message).toBe(
			'WeChat /read still failing after 4 attempts (errcode -1, WeChat system busy)',
		);
		for (const secret of secretsOf(server))
			expect(JSON.stringify(failure) + failure.message).not.toContain(secret);
	});

	test('45011 is waited out past the attempt count, then gives up at the wait bound saying nothing was done, without the token', async () => {
		server.injectFault('/read', { kind: 'errcode', errcode: 45011 }, 10);
		expect((await (await client()).get('/read')).errcode).toBe(0);
		expect(server.callsTo('/read')).toHaveLength(11);
		server.injectFault('/read', { kind: 'errcode', errcode: 45011 }, 1000);
		const shortWait = {
			...testTransport(),
			retry: { ...testTransport().retry, rateLimitWaitMs: 300 },
		};
		const bounded = await WeChatClient.create(
			loadOptionsContext({}, weChatCredentials(server)),
			shortWait,
		);
		const started = virtualClock().now();
		const failure = (await bounded.get('/read').catch((error: Error) => error)) as Error;
		expect(virtualClock().now() - started).toBeLessThanOrEqual(300); // the Rate Limit Wait
		expect(failure.message).toMatch(
			/^WeChat \/read still refused by its rate limit \(errcode 45011, API called too often\) after waiting 0\.\d s; nothing was carried out for this request, so it is safe to send again$/,
		);
		for (const secret of secretsOf(server))
			expect(JSON.stringify(failure) + failure.message).not.toContain(secret);
	});

	test('GET renews a rejected token once', async () => {
		const wechat = await client();
		await wechat.get('/read');
		server.rotateToken();
		expect((await wechat.get('/read')).echo).toMatchObject({ access_token: server.currentToken });
		expect(server.tokenRequests).toHaveLength(2);
	});

	test('postForm sends application/x-www-form-urlencoded with repeated keys', async () => {
		const answer = await (
			await client()
		).postForm(
			'/form',
			{ tid: '401', kidList: [1, 2], sceneDesc: '测试 & 数据', none: undefined },
			{ idempotent: false },
		);
		expect(seen[0].bodyFormat).toBe('form');
		expect(seen[0].method).toBe('POST');
		expect(answer.received).toEqual({ tid: '401', kidList: ['1', '2'], sceneDesc: '测试 & 数据' });
	});

	test('a non-idempotent form post whose answer was lost is not resent; a refused connection is', async () => {
		server.injectFault('/form', { kind: 'resetAfterHandling' });
		await expect(
			(await client()).postForm('/form', { a: 1 }, { idempotent: false }),
		).rejects.toThrow(/no clear answer .*not resent/);
		expect(server.callsTo('/form')).toHaveLength(1);
		const wechat = await client();
		await server.stop();
		const failure = (await wechat
			.postForm('/form', { a: 1 }, { idempotent: false })
			.catch((error: Error) => error)) as Error;
		expect(failure.message).toBe(
			'WeChat /form still failing after 4 attempts (connection refused)',
		);
		expect(failure.message).not.toContain(server.currentToken);
		server = await new FakeWeChatServer().start();
	});
});
