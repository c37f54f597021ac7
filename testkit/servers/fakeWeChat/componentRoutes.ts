import { randomBytes } from 'node:crypto';

import { safeXmlEnvelope, signedQuery, wechatEncrypt } from '../../fixtures/wechatTestCrypto';
import type { FakeWeChatServer, Json } from './server';

const TOKEN_LIFETIME_MS = 2 * 60 * 60 * 1000;
const TICKET_LIFETIME_MS = 12 * 60 * 60 * 1000;
/** Like access_token: after a new token is issued the previous one keeps working 5 minutes. */
const OVERLAP_MS = 5 * 60 * 1000;
const CODE_LIFETIME_MS = 10 * 60 * 1000;
export const TICKET_PUSH_INTERVAL_MS = 10 * 60 * 1000;

const PATHS = {
	componentToken: '/cgi-bin/component/api_component_token',
	authorizerToken: '/cgi-bin/component/api_authorizer_token',
	queryAuth: '/cgi-bin/component/api_query_auth',
	authorizerInfo: '/cgi-bin/component/api_get_authorizer_info',
	authorizerList: '/cgi-bin/component/api_get_authorizer_list',
} as const;

interface FakeAuthorizer {
	refreshToken: string;
	authorized: boolean;
	/** token -> valid until */
	tokens: Map<string, number>;
	authTime: number;
}

export interface ComponentPlatformOptions {
	componentAppId?: string;
	componentAppSecret?: string;
	token?: string;
	encodingAESKey?: string;
	now?: () => number;
	/** Calls a day (of the clock) each token endpoint accepts; authorizer tokens count per merchant. */
	dailyQuota?: { componentToken: number; authorizerToken: number };
	/** Every how many api_authorizer_token calls a merchant gets a new refresh token (0: never). */
	rotateRefreshTokenEvery?: number;
}

/**
 * The component (third-party platform) side of the local WeChat: tickets pushed every 10 minutes
 * of the clock and valid 12 hours, component and authorizer tokens valid 2 hours, authorisation
 * codes, the authorizer list, revocation, the IP allowlist (61004) and daily quotas (45009).
 */
export class FakeComponentPlatform {
	readonly componentAppId: string;
	/** Changes when the platform's owner resets it in the open platform console (rotateAppSecret). */
	componentAppSecret: string;
	readonly token: string;
	readonly encodingAESKey: string;
	readonly now: () => number;
	ipAllowlisted = true;
	/** How long the tokens issued from now on live (WeChat: 2 hours); the e2e run shortens them. */
	readonly tokenLifetimeMs = { component: TOKEN_LIFETIME_MS, authorizer: TOKEN_LIFETIME_MS };
	/** Every ticket, token and refresh token handed out, for checks that none of them leaks. */
	readonly issuedSecrets: string[] = [];
	readonly authorizers = new Map<string, FakeAuthorizer>();
	/** Every call to a token endpoint, accepted or not. */
	readonly tokenRequests = { componentToken: 0, authorizerToken: new Map<string, number>() };
	/** Every answer with a non-zero errcode, by path. */
	readonly refusals: { path: string; errcode: number }[] = [];
	private readonly tickets = new Map<string, number>();
	private readonly componentTokens = new Map<string, number>();
	private readonly codes = new Map<string, { appId: string; until: number }>();
	private readonly usage = new Map<string, number>();
	private readonly quota: { componentToken: number; authorizerToken: number };
	private readonly rotateEvery: number;

	constructor(server: FakeWeChatServer, options: ComponentPlatformOptions = {}) {
		this.componentAppId = options.componentAppId ?? 'wxcomponentplatform1';
		this.componentAppSecret = options.componentAppSecret ?? 'component-app-secret-0123456789';
		this.token = options.token ?? 'Platform-Push-Token';
		this.encodingAESKey = options.encodingAESKey ?? 'PlatformKey0123456789abcdefghijklmnopqrstuv';
		this.now = options.now ?? (() => server.clock.now());
		this.quota = options.dailyQuota ?? { componentToken: 2000, authorizerToken: 2000 };
		this.rotateEvery = options.rotateRefreshTokenEvery ?? 0;
		server.componentPlatform = {
			handles: (path) => (Object.values(PATHS) as string[]).includes(path),
			answer: (path, query, body) => this.record(path, this.answer(path, query, body)),
			authorizerOf: (token) => this.authorizerOf(token),
		};
	}

	/** A merchant that authorised the platform earlier (its refresh token is WeChat's secret). */
	addAuthorizer(appId: string): void {
		this.authorizers.set(appId, {
			refreshToken: this.secret(`refreshtoken@@@${randomBytes(8).toString('hex')}`),
			authorized: true,
			tokens: new Map(),
			authTime: Math.floor(this.now() / 1000),
		});
	}

	/** Retires every token of a merchant at once (WeChat side): the next use answers 40001. */
	retireAuthorizerTokens(appId: string): void {
		this.authorizers.get(appId)?.tokens.clear();
	}

	/** Retires every component token at once (WeChat side): the next use answers 40001. */
	retireComponentTokens(): void {
		this.componentTokens.clear();
	}

	/** A new ticket WeChat accepts from now on, handed over directly (protocol tests: no push). */
	issueTicket(): string {
		const ticket = this.secret(`ticket@@@${randomBytes(12).toString('base64url')}`);
		this.tickets.set(ticket, this.now());
		return ticket;
	}

	/** A new ticket, pushed encrypted to the authorization-event URL; resolves WeChat's view of the answer. */
	async pushTicket(authorizationUrl: string): Promise<{ status: number; body: string }> {
		const ticket = this.issueTicket();
		return await this.push(authorizationUrl, {
			InfoType: 'component_verify_ticket',
			ComponentVerifyTicket: ticket,
		});
	}

	/** The merchant authorises the platform: WeChat pushes "authorized" with a code. */
	async authorize(
		appId: string,
		authorizationUrl: string,
	): Promise<{ status: number; body: string }> {
		this.addAuthorizer(appId);
		this.authorizers.get(appId)!.authorized = false; // becomes usable once the code is exchanged
		return await this.pushAuthorizationCode('authorized', appId, authorizationUrl);
	}

	/** The merchant changes what it authorises: WeChat pushes "updateauthorized" with a new code. */
	async updateAuthorization(
		appId: string,
		authorizationUrl: string,
	): Promise<{ status: number; body: string }> {
		return await this.pushAuthorizationCode('updateauthorized', appId, authorizationUrl);
	}

	/** A new authorization code of `appId`, pushed with `infoType` as WeChat pushes it. */
	private async pushAuthorizationCode(
		infoType: 'authorized' | 'updateauthorized',
		appId: string,
		authorizationUrl: string,
	): Promise<{ status: number; body: string }> {
		const code = `queryauthcode@@@${randomBytes(10).toString('hex')}`;
		this.codes.set(code, { appId, until: this.now() + CODE_LIFETIME_MS });
		return await this.push(authorizationUrl, {
			InfoType: infoType,
			AuthorizerAppid: appId,
			AuthorizationCode: code,
			AuthorizationCodeExpiredTime: Math.floor((this.now() + CODE_LIFETIME_MS) / 1000),
			PreAuthCode: `preauthcode@@@${randomBytes(6).toString('hex')}`,
		});
	}

	/** The merchant revokes: refresh token and tokens die at once, "unauthorized" is pushed. */
	async revoke(appId: string, authorizationUrl: string): Promise<{ status: number; body: string }> {
		const authorizer = this.authorizers.get(appId);
		if (authorizer) {
			authorizer.authorized = false;
			authorizer.tokens.clear();
		}
		return await this.push(authorizationUrl, { InfoType: 'unauthorized', AuthorizerAppid: appId });
	}

	/** An encrypted event of a merchant to the message-and-event URL (`$APPID$` already filled in). */
	async pushMessage(messageUrl: string, fields: Record<string, string | number>) {
		return await this.post(messageUrl, xmlOf(fields));
	}

	/** A merchant's message as WeChat writes it (plain XML), encrypted to the message-and-event URL. */
	async pushMessageXml(messageUrl: string, plainXml: string) {
		return await this.post(messageUrl, plainXml);
	}

	private async push(url: string, fields: Record<string, string | number>) {
		const createTime = Math.floor(this.now() / 1000);
		return await this.post(
			url,
			xmlOf({ AppId: this.componentAppId, CreateTime: createTime, ...fields }),
		);
	}

	private async post(url: string, plainXml: string): Promise<{ status: number; body: string }> {
		const encrypt = wechatEncrypt(plainXml, {
			appId: this.componentAppId,
			aesKey: this.encodingAESKey,
		});
		const query = signedQuery({
			token: this.token,
			timestamp: Math.floor(this.now() / 1000),
			encrypt,
		});
		const target = new URL(url);
		for (const [key, value] of Object.entries(query)) target.searchParams.set(key, String(value));
		const response = await fetch(target, {
			method: 'POST',
			headers: { 'content-type': 'text/xml' },
			body: safeXmlEnvelope(encrypt, 'gh_platform0001'),
		});
		return { status: response.status, body: await response.text() };
	}

	private answer(path: string, query: URLSearchParams, body: Json): Json {
		if (!this.ipAllowlisted) return { errcode: 61004, errmsg: 'access clientip is not registered' };
		if (path === PATHS.componentToken) return this.componentToken(body);
		const componentToken = query.get('component_access_token') ?? '';
		const refused = this.checkComponentToken(componentToken);
		if (refused) return refused;
		if (body.component_appid !== this.componentAppId)
			return { errcode: 40013, errmsg: 'invalid appid' };
		switch (path) {
			case PATHS.authorizerToken:
				return this.authorizerToken(body);
			case PATHS.queryAuth:
				return this.queryAuth(body);
			case PATHS.authorizerInfo:
				return this.authorizerInfo(body);
			default:
				return this.authorizerList(body);
		}
	}

	/** The open platform console's App Secret reset: the old secret is refused from now on. */
	rotateAppSecret(secret: string): void {
		this.componentAppSecret = secret;
	}

	private componentToken(body: Json): Json {
		this.tokenRequests.componentToken++;
		if (body.component_appid !== this.componentAppId)
			return { errcode: 40013, errmsg: 'invalid appid' };
		if (body.component_appsecret !== this.componentAppSecret)
			return { errcode: 40125, errmsg: 'invalid appsecret' };
		if (!this.withinQuota('componentToken', this.quota.componentToken))
			return { errcode: 45009, errmsg: 'reach max api daily quota limit' };
		const issuedAt = this.tickets.get(String(body.component_verify_ticket));
		if (issuedAt === undefined) return { errcode: 61006, errmsg: 'component ticket is invalid' };
		if (this.now() - issuedAt > TICKET_LIFETIME_MS)
			return { errcode: 61005, errmsg: 'component ticket is expired' };
		const lifetime = this.tokenLifetimeMs.component;
		const token = this.secret(issue(this.componentTokens, this.now(), 'componenttoken', lifetime));
		return { component_access_token: token, expires_in: lifetime / 1000 };
	}

	private checkComponentToken(token: string): Json | undefined {
		const until = this.componentTokens.get(token);
		if (until === undefined) return { errcode: 40001, errmsg: 'invalid credential' };
		if (until <= this.now()) return { errcode: 42001, errmsg: 'access_token expired' };
		return undefined;
	}

	private authorizerToken(body: Json): Json {
		const appId = String(body.authorizer_appid ?? '');
		const count = (this.tokenRequests.authorizerToken.get(appId) ?? 0) + 1;
		this.tokenRequests.authorizerToken.set(appId, count);
		if (!this.withinQuota(`authorizerToken:${appId}`, this.quota.authorizerToken))
			return { errcode: 45009, errmsg: 'reach max api daily quota limit' };
		const authorizer = this.authorizers.get(appId);
		if (!authorizer?.authorized || body.authorizer_refresh_token !== authorizer.refreshToken)
			return { errcode: 61023, errmsg: 'refresh_token is invalid' };
		if (this.rotateEvery > 0 && count % this.rotateEvery === 0)
			authorizer.refreshToken = this.secret(`refreshtoken@@@${randomBytes(8).toString('hex')}`);
		const lifetime = this.tokenLifetimeMs.authorizer;
		const token = this.secret(
			issue(authorizer.tokens, this.now(), `authorizertoken-${appId}`, lifetime),
		);
		return {
			authorizer_access_token: token,
			expires_in: lifetime / 1000,
			authorizer_refresh_token: authorizer.refreshToken,
		};
	}

	private queryAuth(body: Json): Json {
		const code = this.codes.get(String(body.authorization_code));
		this.codes.delete(String(body.authorization_code));
		if (!code || code.until <= this.now()) return { errcode: 61010, errmsg: 'code is expired' };
		const authorizer = this.authorizers.get(code.appId)!;
		authorizer.authorized = true;
		const lifetime = this.tokenLifetimeMs.authorizer;
		const token = this.secret(
			issue(authorizer.tokens, this.now(), `authorizertoken-${code.appId}`, lifetime),
		);
		return {
			authorization_info: {
				authorizer_appid: code.appId,
				authorizer_access_token: token,
				expires_in: lifetime / 1000,
				authorizer_refresh_token: authorizer.refreshToken,
				func_info: [{ funcscope_category: { id: 18 } }, { funcscope_category: { id: 52 } }],
			},
		};
	}

	private authorizerInfo(body: Json): Json {
		const appId = String(body.authorizer_appid ?? '');
		const authorizer = this.authorizers.get(appId);
		if (!authorizer?.authorized) return { errcode: 61003, errmsg: 'component is not authorized' };
		return {
			authorizer_info: {
				nick_name: `Shop ${appId}`,
				user_name: `gh_${appId.slice(-8)}`,
				principal_name: 'Example Trading Co.',
				MiniProgramInfo: { categories: [{ first: 'Shopping', second: 'Live' }] },
			},
			authorization_info: {
				authorizer_appid: appId,
				authorizer_refresh_token: authorizer.refreshToken,
				func_info: [{ funcscope_category: { id: 52 } }],
			},
		};
	}

	private authorizerList(body: Json): Json {
		const offset = Number(body.offset ?? 0);
		const count = Number(body.count ?? 0);
		if (!Number.isInteger(count) || count < 1 || count > 500 || !Number.isInteger(offset))
			return { errcode: 47003, errmsg: 'argument invalid! count' };
		const all = [...this.authorizers].filter(([, authorizer]) => authorizer.authorized);
		return {
			total_count: all.length,
			list: all.slice(offset, offset + count).map(([appId, authorizer]) => ({
				authorizer_appid: appId,
				refresh_token: authorizer.refreshToken,
				auth_time: authorizer.authTime,
			})),
		};
	}

	private authorizerOf(token: string) {
		for (const [appId, authorizer] of this.authorizers) {
			const until = authorizer.tokens.get(token);
			if (until === undefined) continue;
			if (until <= this.now()) return { errcode: 42001, errmsg: 'access_token expired' };
			return { appId };
		}
		if (token.startsWith('authorizertoken-'))
			return {
				errcode: 40001,
				errmsg: 'invalid credential, access_token is invalid or not latest',
			};
		return undefined;
	}

	private secret(value: string): string {
		this.issuedSecrets.push(value);
		return value;
	}

	private withinQuota(name: string, limit: number): boolean {
		const key = `${name}:${Math.floor(this.now() / 86_400_000)}`;
		const used = (this.usage.get(key) ?? 0) + 1;
		this.usage.set(key, used);
		return used <= limit;
	}

	private record(path: string, answer: Json): Json {
		const errcode = Number(answer.errcode ?? 0);
		if (errcode !== 0) this.refusals.push({ path, errcode });
		return answer;
	}
}

/** A new token valid `lifetime` (2 hours); the tokens issued before it keep at most 5 more minutes. */
function issue(tokens: Map<string, number>, now: number, prefix: string, lifetime: number): string {
	for (const [token, until] of tokens) tokens.set(token, Math.min(until, now + OVERLAP_MS));
	const token = `${prefix}-${randomBytes(12).toString('hex')}`;
	tokens.set(token, now + lifetime);
	return token;
}

function xmlOf(fields: Record<string, string | number>): string {
	const inner = Object.entries(fields)
		.map(([key, value]) =>
			typeof value === 'number'
				? `<${key}>${value}</${key}>`
				: `<${key}><![CDATA[${value}]]></${key}>`,
		)
		.join('');
	return `<xml>${inner}</xml>`;
}
