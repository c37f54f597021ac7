import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

import { defaultClock } from '../../clock/defaultClock';
import type { ServerClock } from '../../clock/serverClock';
import { InFlightGauge } from '../inFlightGauge';
import { NO_LATENCY, travel } from '../latency';
import type { Latency } from '../latency';
import { listenOnLoopback } from '../loopback';
import type { Loopback } from '../loopback';

export type Json = Record<string, unknown>;

export type BodyFormat = 'json' | 'form' | 'multipart';

export interface RouteRequest {
	path: string;
	query: URLSearchParams;
	body: Json;
	/** The App ID the access token was issued to. */
	appId: string;
	/** "json", or "form" for an application/x-www-form-urlencoded body (repeated keys become arrays). */
	bodyFormat: BodyFormat;
	/** The HTTP method: WeChat answers 43001 when a GET-only API is POSTed, 43002 the other way round. */
	method: string;
	/** The body's bytes as sent (for multipart uploads, which `body` leaves empty). */
	rawBody: Buffer;
	contentType: string;
}

/** An answer of raw bytes (an image on WeChat's CDN) instead of JSON. */
export interface BinaryAnswer {
	binary: Buffer;
	contentType: string;
}

/** A route answers a JSON object (errcode 0 is added when absent) or a raw string body. */
export type RouteHandler = (
	request: RouteRequest,
) => Json | string | BinaryAnswer | Promise<Json | string | BinaryAnswer>;

export type Fault =
	| { kind: 'http'; status: number }
	| { kind: 'reset' }
	| { kind: 'delay'; ms: number }
	/** Never answered: the caller's own timeout (real time) ends the request. */
	| { kind: 'noAnswer' }
	/** The errcode, after `afterMs` on the server's clock when given (a slow, failing attempt). */
	| { kind: 'errcode'; errcode: number; errmsg?: string; afterMs?: number }
	/** Acts on the request, then drops the connection: the caller cannot know it succeeded. */
	| { kind: 'resetAfterHandling' };

export interface RecordedCall {
	path: string;
	body: Json;
	query: Record<string, string>;
	answer?: unknown;
	bodyFormat?: BodyFormat;
	/** When the request reached the server (epoch ms, on the server's clock). */
	at: number;
}

const APP_ROUTES_NEED_TOKEN = (path: string) =>
	!path.startsWith('/cgi-bin/stable_token') && !path.startsWith('/cgi-bin/component/');

/**
 * A local stand-in for api.weixin.qq.com: issues stable access tokens, rejects stale ones with
 * the real errcodes, answers routes registered by feature modules, and injects faults on demand.
 */
export class FakeWeChatServer {
	readonly calls: RecordedCall[] = [];
	readonly tokenRequests: Json[] = [];
	private readonly routes = new Map<string, RouteHandler>();
	/** Paths answered without an access token (WeChat's CDN). */
	private readonly publicPaths = new Set<string>();
	private readonly faults = new Map<string, Fault[]>();
	private loopback?: Loopback;
	/** Added to every answer, as over a real network (0 by default). */
	latency: Latency = NO_LATENCY;
	/** Requests being answered at once (from the body's arrival to the answer), and the most ever. */
	readonly inFlight = new InFlightGauge();
	/** What `at`, per-second limits, quotas and latency are counted on. */
	readonly clock: ServerClock = defaultClock();
	private token = newToken();
	private tokenExpired = false;
	private readonly retiredTokens = new Set<string>();
	/** Component platform (third-party) state. */
	readonly component = {
		appId: 'wxcomponent0001',
		appSecret: 'component-secret-123',
		verifyTicket: 'ticket@@@valid',
		authorizerRefreshToken: 'refresh@@@merchant',
	};
	readonly authorizerTokens = new Map<string, string>();
	/**
	 * Set by componentRoutes.ts: answers for the component token paths and the App ID (or the
	 * refusal) of an authorizer token, replacing the little built-in component state above.
	 */
	componentPlatform?: {
		handles(path: string): boolean;
		answer(path: string, query: URLSearchParams, body: Json): Json;
		authorizerOf(
			token: string,
		): { appId: string } | { errcode: number; errmsg: string } | undefined;
	};

	constructor(
		readonly appId = 'wx1234567890abcdef',
		readonly appSecret = 'fake-app-secret-0123456789abcdef',
	) {}

	get url(): string {
		return this.loopback!.url;
	}

	get currentToken(): string {
		return this.token;
	}

	/** Listens on 127.0.0.1, on `port` or (default) any free port. */
	async start(port = 0): Promise<this> {
		this.loopback = await listenOnLoopback((req, res) => void this.handle(req, res), port);
		this.clock.serve(this.loopback.port);
		return this;
	}

	async stop(): Promise<void> {
		await this.loopback?.close();
	}

	route(path: string, handler: RouteHandler, options: { public?: boolean } = {}): void {
		this.routes.set(path, handler);
		if (options.public) this.publicPaths.add(path);
	}

	/** The next `times` calls to `path` meet `fault` instead of (or, for resetAfterHandling, after) the route. */
	injectFault(path: string, fault: Fault, times = 1): void {
		const queue = this.faults.get(path) ?? [];
		for (let i = 0; i < times; i++) queue.push(fault);
		this.faults.set(path, queue);
	}

	callsTo(path: string): RecordedCall[] {
		return this.calls.filter((call) => call.path === path);
	}

	/** WeChat retired the token (expiry): the next use answers 42001. */
	expireToken(): void {
		this.tokenExpired = true;
	}

	/** Another system force-refreshed: the old token answers 40001 and stable_token hands out a new one. */
	rotateToken(): void {
		this.retiredTokens.add(this.token);
		this.token = newToken();
		this.tokenExpired = false;
	}

	private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const rawBody = await readBody(req);
		const outcome = await this.inFlight.during(async () => {
			await travel(this.latency, this.clock);
			const answer = await this.process(req, rawBody);
			await travel(this.latency, this.clock);
			return answer;
		});
		if (outcome === 'drop') return void req.socket.destroy();
		if (isBinaryAnswer(outcome.body)) {
			res.writeHead(outcome.status, { 'Content-Type': outcome.body.contentType });
			return void res.end(outcome.body.binary);
		}
		send(res, outcome.status, outcome.body);
	}

	/** What WeChat does with one request: an answer, or a dropped connection. */
	private async process(
		req: IncomingMessage,
		rawBody: Buffer,
	): Promise<{ status: number; body: Json | string | BinaryAnswer } | 'drop'> {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		const path = url.pathname;
		const raw = rawBody.toString('utf8');
		const contentType = req.headers['content-type'] ?? '';
		let body: Json = {};
		const bodyFormat: BodyFormat = /application\/x-www-form-urlencoded/i.test(contentType)
			? 'form'
			: /multipart\/form-data/i.test(contentType)
				? 'multipart'
				: 'json';
		try {
			body =
				!raw || bodyFormat === 'multipart'
					? {}
					: bodyFormat === 'form'
						? formToJson(raw)
						: (JSON.parse(raw) as Json);
		} catch {
			return { status: 200, body: { errcode: 47001, errmsg: 'data format error' } };
		}
		const call: RecordedCall = {
			path,
			body,
			query: Object.fromEntries(url.searchParams),
			bodyFormat,
			at: this.clock.now(),
		};
		this.calls.push(call);

		const fault = this.faults.get(path)?.shift();
		if (fault?.kind === 'reset') return 'drop';
		if (fault?.kind === 'http') return { status: fault.status, body: 'upstream error' };
		if (fault?.kind === 'delay') await this.clock.hold(fault.ms);
		if (fault?.kind === 'noAnswer') {
			await new Promise((resolve) => req.socket.once('close', resolve));
			return 'drop';
		}
		if (fault?.kind === 'errcode') {
			if (fault.afterMs) await this.clock.hold(fault.afterMs);
			return {
				status: 200,
				body: { errcode: fault.errcode, errmsg: fault.errmsg ?? `injected ${fault.errcode}` },
			};
		}

		const answer = await this.answer(
			path,
			url.searchParams,
			body,
			bodyFormat,
			req.method ?? 'GET',
			{
				rawBody,
				contentType,
			},
		);
		call.answer = answer;
		if (fault?.kind === 'resetAfterHandling') return 'drop';
		return { status: 200, body: answer };
	}

	private async answer(
		path: string,
		query: URLSearchParams,
		body: Json,
		bodyFormat: BodyFormat,
		method: string,
		raw: { rawBody: Buffer; contentType: string },
	): Promise<Json | string | BinaryAnswer> {
		if (path === '/cgi-bin/stable_token') return this.stableToken(body);
		if (this.componentPlatform?.handles(path))
			return this.componentPlatform.answer(path, query, body);
		if (path === '/cgi-bin/component/api_component_token') return this.componentToken(body);
		if (path === '/cgi-bin/component/api_authorizer_token')
			return this.authorizerToken(query, body);
		const handler = this.routes.get(path);
		if (!handler) return { errcode: 40066, errmsg: `invalid url ${path}` };
		let appId = this.appId;
		if (APP_ROUTES_NEED_TOKEN(path) && !this.publicPaths.has(path)) {
			const token = query.get('access_token') ?? '';
			if (!token) return { errcode: 41001, errmsg: 'access_token missing' };
			const authorizer = [...this.authorizerTokens].find(([, value]) => value === token);
			const platformAuthorizer = this.componentPlatform?.authorizerOf(token);
			if (platformAuthorizer && 'errcode' in platformAuthorizer) return platformAuthorizer;
			if (platformAuthorizer) appId = platformAuthorizer.appId;
			else if (authorizer) appId = authorizer[0];
			else if (this.retiredTokens.has(token))
				return {
					errcode: 40001,
					errmsg: 'invalid credential, access_token is invalid or not latest',
				};
			else if (token !== this.token) return { errcode: 40014, errmsg: 'invalid access_token' };
			else if (this.tokenExpired) return { errcode: 42001, errmsg: 'access_token expired' };
		}
		const answer = await handler({ path, query, body, appId, bodyFormat, method, ...raw });
		if (typeof answer === 'string' || isBinaryAnswer(answer)) return answer;
		return { errcode: 0, errmsg: 'ok', ...answer };
	}

	private stableToken(body: Json): Json {
		this.tokenRequests.push({ ...body, secret: body.secret ? '<redacted>' : undefined });
		if (body.grant_type !== 'client_credential')
			return { errcode: 40002, errmsg: 'invalid grant_type' };
		if (body.appid !== this.appId) return { errcode: 40013, errmsg: 'invalid appid' };
		if (body.secret !== this.appSecret) return { errcode: 40125, errmsg: 'invalid appsecret' };
		if (body.force_refresh === true || this.tokenExpired) this.rotateToken();
		return { access_token: this.token, expires_in: 7200 };
	}

	private componentToken(body: Json): Json {
		const { appId, appSecret, verifyTicket } = this.component;
		if (body.component_appid !== appId || body.component_appsecret !== appSecret)
			return { errcode: 40013, errmsg: 'invalid appid' };
		if (body.component_verify_ticket !== verifyTicket)
			return { errcode: 61006, errmsg: 'component ticket is invalid' };
		return { component_access_token: `component-token-${appId}`, expires_in: 7200 };
	}

	private authorizerToken(query: URLSearchParams, body: Json): Json {
		if (query.get('component_access_token') !== `component-token-${this.component.appId}`)
			return { errcode: 40001, errmsg: 'invalid credential' };
		if (body.authorizer_refresh_token !== this.component.authorizerRefreshToken)
			return { errcode: 61023, errmsg: 'refresh_token is invalid' };
		const token = `authorizer-token-${String(body.authorizer_appid)}-${randomBytes(4).toString('hex')}`;
		this.authorizerTokens.set(String(body.authorizer_appid), token);
		return {
			authorizer_access_token: token,
			expires_in: 7200,
			authorizer_refresh_token: this.component.authorizerRefreshToken,
		};
	}
}

function newToken(): string {
	return `ACCESS_TOKEN_${randomBytes(24).toString('hex')}`;
}

function formToJson(raw: string): Json {
	const json: Json = {};
	for (const [key, value] of new URLSearchParams(raw)) {
		const previous = json[key];
		json[key] =
			previous === undefined
				? value
				: [...(Array.isArray(previous) ? previous : [previous]), value];
	}
	return json;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
	const chunks: Buffer[] = [];
	for await (const chunk of req) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks);
}

function isBinaryAnswer(answer: unknown): answer is BinaryAnswer {
	return (
		typeof answer === 'object' &&
		answer !== null &&
		Buffer.isBuffer((answer as BinaryAnswer).binary)
	);
}

function send(res: ServerResponse, status: number, body: Json | string): void {
	const text = typeof body === 'string' ? body : JSON.stringify(body);
	res.writeHead(status, {
		'Content-Type': typeof body === 'string' ? 'text/plain' : 'application/json; charset=utf-8',
	});
	res.end(text);
}
