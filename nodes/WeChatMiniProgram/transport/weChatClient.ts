import {
	sleep,
	type ICredentialDataDecryptedObject,
	type IExecuteFunctions,
	type IHttpRequestOptions,
	type ILoadOptionsFunctions,
} from 'n8n-workflow';

import { weChatAuthFromCredentials } from '../../../credentials/WeChatMiniProgramApi.credentials';
import { encodeForm, type FormValue } from '../../protocol/common/formBody';
import { OutcomeUnknownError } from '../../protocol/common/outcomeUnknownError';
import { backoffDelay } from '../../protocol/common/transientFailures';
import {
	requestAccessToken,
	type PostJson,
	type WeChatAuth,
} from '../../protocol/wechat/accessToken';
import { AccessTokenCache } from '../../protocol/wechat/accessTokenCache';
import { isTokenRejected, WeChatApiError } from '../../protocol/wechat/apiError';
import { resolveBaseUrl } from '../../protocol/wechat/apiDomains';
import {
	authorizerTokenSource,
	type TokenSource,
	usesPlatformAuthentication,
} from './componentAuth';
import { retryPolicy } from './retryPolicy';
import { sendClassified } from './sendClassified';

type Context = IExecuteFunctions | ILoadOptionsFunctions;

export interface WeChatCallOptions {
	/**
	 * Whether repeating the call is harmless. Non-idempotent calls (push, send) are resent only when
	 * WeChat provably did not act on them (connection refused, token rejected, frequency limit).
	 */
	idempotent: boolean;
	/** Meanings for codes specific to this endpoint, shown instead of the generic ones. */
	errcodeMeanings?: Record<number, string>;
}

export type WeChatAnswer = Record<string, unknown>;

interface WeChatRequest {
	method: 'GET' | 'POST';
	path: string;
	query?: Record<string, string>;
	/** A JSON body. */
	body?: Record<string, unknown>;
	/** An already encoded form body, sent instead of JSON. */
	form?: string;
}

type WeChatOutcome =
	| { kind: 'answer'; answer: WeChatAnswer }
	| { kind: 'notSent' | 'ambiguous'; reason: string };

const tokenCache = new AccessTokenCache();

/** Answers WeChat gives for a request it refused before acting on it: safe to resend after a pause. */
const FREQUENCY_LIMITED = 45011;
const SYSTEM_BUSY = -1;

/** One client per node execution: credentials are read once, tokens come from the shared cache. */
export class WeChatClient {
	private constructor(
		private readonly ctx: Context,
		private readonly baseUrl: string,
		private readonly auth: WeChatAuth,
		private readonly tokenKey: string,
		/** A third-party platform's token for one merchant, instead of the credential's own. */
		private readonly platformTokens?: TokenSource,
	) {}

	static async create(ctx: Context): Promise<WeChatClient> {
		if (usesPlatformAuthentication(ctx)) {
			const { baseUrl, tokens } = await authorizerTokenSource(ctx);
			return new WeChatClient(
				ctx,
				baseUrl,
				{ mode: 'appSecret', appId: '', appSecret: '' },
				'',
				tokens,
			);
		}
		const credentials =
			await ctx.getCredentials<ICredentialDataDecryptedObject>('weChatMiniProgramApi');
		const baseUrl = resolveBaseUrl(
			credentials.apiDomain as string,
			credentials.customBaseUrl as string,
		);
		const auth = weChatAuthFromCredentials(credentials);
		return new WeChatClient(
			ctx,
			baseUrl,
			auth,
			AccessTokenCache.keyFor(baseUrl, JSON.stringify(auth)),
		);
	}

	/** POSTs `body` to a WeChat API path and resolves its answer once errcode is 0. */
	async post(
		path: string,
		body: Record<string, unknown>,
		options: WeChatCallOptions,
	): Promise<WeChatAnswer> {
		return await this.call({ method: 'POST', path, body }, options);
	}

	/** POSTs an application/x-www-form-urlencoded body, for the APIs documented that way (addtemplate). */
	async postForm(
		path: string,
		fields: Record<string, FormValue | undefined>,
		options: WeChatCallOptions,
	): Promise<WeChatAnswer> {
		return await this.call({ method: 'POST', path, form: encodeForm(fields) }, options);
	}

	/** GETs a WeChat API path with query parameters. Reads are idempotent: transient failures are retried. */
	async get(
		path: string,
		query: Record<string, string | number> = {},
		errcodeMeanings?: Record<number, string>,
	): Promise<WeChatAnswer> {
		const textQuery = Object.fromEntries(
			Object.entries(query).map(([key, value]) => [key, String(value)]),
		);
		return await this.call(
			{ method: 'GET', path, query: textQuery },
			{ idempotent: true, errcodeMeanings },
		);
	}

	private async call(request: WeChatRequest, options: WeChatCallOptions): Promise<WeChatAnswer> {
		const { path } = request;
		let token = await this.currentToken();
		let tokenRenewed = false;
		for (let attempt = 0; ; attempt++) {
			const outcome = await this.send({
				...request,
				query: { ...request.query, access_token: token },
			});
			const retry = (reason: string, safeToRepeat: boolean) => {
				if (!safeToRepeat) throw new OutcomeUnknownError(`WeChat ${path}`, reason);
				if (attempt + 1 >= retryPolicy.maxAttempts) {
					throw new Error(
						`WeChat ${path} still failing after ${retryPolicy.maxAttempts} attempts (${reason})`,
					);
				}
			};
			if (outcome.kind !== 'answer') {
				retry(outcome.reason, outcome.kind === 'notSent' || options.idempotent);
			} else {
				const errcode = Number(outcome.answer.errcode ?? 0);
				if (errcode === 0) return outcome.answer;
				const errmsg = String(outcome.answer.errmsg ?? '');
				if (
					isTokenRejected(errcode) &&
					!tokenRenewed &&
					this.auth.mode !== 'authorizerAccessToken'
				) {
					// Rejected for the token alone, so nothing happened: renew and resend once.
					tokenRenewed = true;
					token = await this.renewToken(token);
					attempt--;
					continue;
				}
				if (errcode === FREQUENCY_LIMITED) {
					retry(`errcode ${errcode}, API called too often`, true);
				} else if (errcode === SYSTEM_BUSY) {
					if (!options.idempotent)
						throw new OutcomeUnknownError(`WeChat ${path}`, 'errcode -1, WeChat system busy');
					retry('errcode -1, WeChat system busy', true);
				} else {
					throw new WeChatApiError(errcode, errmsg, path, options.errcodeMeanings);
				}
			}
			await sleep(backoffDelay(attempt, retryPolicy.baseDelayMs));
		}
	}

	private async send({ method, path, query, body, form }: WeChatRequest): Promise<WeChatOutcome> {
		const request: IHttpRequestOptions = {
			method,
			url: `${this.baseUrl}${path}`,
			qs: query,
			timeout: retryPolicy.timeoutMs,
		};
		if (form !== undefined) {
			request.body = form;
			request.headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
		} else if (body !== undefined) {
			request.body = body;
		}
		return (await sendClassified(this.ctx, request, `WeChat ${path}`)) as WeChatOutcome;
	}

	private async currentToken(): Promise<string> {
		if (this.platformTokens) return await this.platformTokens.current();
		return await tokenCache.get(
			this.tokenKey,
			async () => await requestAccessToken(this.tokenPoster(), this.auth),
		);
	}

	private async renewToken(rejected: string): Promise<string> {
		if (this.platformTokens) return await this.platformTokens.renew(rejected);
		return await tokenCache.replaceRejected(
			this.tokenKey,
			rejected,
			async (force) => await requestAccessToken(this.tokenPoster(), this.auth, force),
		);
	}

	/** Token requests are idempotent reads: no retries of their own, the caller's attempt covers them. */
	private tokenPoster(): PostJson {
		return async (path, body, query) => {
			const outcome = await this.send({ method: 'POST', path, body, query });
			if (outcome.kind !== 'answer') throw new Error(`WeChat ${path} failed (${outcome.reason})`);
			return outcome.answer;
		};
	}
}

/** For tests and the benchmark: forget every cached token. */
export function clearWeChatTokenCache(): void {
	tokenCache.clear();
}
