import type {
	ICredentialDataDecryptedObject,
	IExecuteFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
} from 'n8n-workflow';

import { fileCarriedBy } from '../../protocol/common/fileAnswer';
import type { AnsweredFile } from '../../protocol/common/fileAnswer';
import { encodeForm } from '../../protocol/common/formBody';
import type { FormValue } from '../../protocol/common/formBody';
import { callWithRetries } from '../../protocol/common/retryLoop';
import type { RequestOutcome } from '../../protocol/common/retryLoop';
import { requestAccessToken } from '../../protocol/wechat/accessToken';
import type { PostJson, WeChatAuth } from '../../protocol/wechat/accessToken';
import { AccessTokenCache } from '../../protocol/wechat/accessTokenCache';
import { judgeWeChatAnswer } from '../../protocol/wechat/answerVerdict';
import { authorizerTokenSource, usesPlatformAuthentication } from '../platformState/componentAuth';
import type { TokenSource } from '../platformState/componentAuth';
import { sendClassified, sendClassifiedExpectingFile } from './sendClassified';
import type { TransportOptions } from './transportOptions';
import { weChatAuthFromCredentials, weChatBaseUrl } from '../../shared/weChatCredentials';

type Context = IExecuteFunctions | ILoadOptionsFunctions;

export interface WeChatCallOptions {
	/**
	 * Whether repeating the call is harmless. Non-idempotent calls (push, send) are resent only when
	 * WeChat provably did not act on them (connection refused, token rejected, frequency limit).
	 */
	idempotent: boolean;
	/** Meanings for codes specific to this endpoint, shown instead of the generic ones. */
	errorMeanings?: Record<number, string>;
	/** Non-zero errcodes this endpoint answers for an empty result (getliveinfo's "no rooms"). */
	successErrcodes?: readonly number[];
	/**
	 * Errcodes this endpoint answers when it refused the request for a frequency limit of its own
	 * (getwxacodeunlimit's 45009, 5000 a minute): nothing was done, so they are waited out as 45011 is.
	 */
	refusedErrcodes?: readonly number[];
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
	/** A body sent as is with its content type (multipart uploads). */
	raw?: { body: Buffer; contentType: string };
	/** The API answers a file on success (and JSON on failure). */
	expectsFile?: boolean;
}

/** One client per node execution: credentials are read once, tokens come from the shared cache. */
export class WeChatClient {
	private constructor(
		private readonly ctx: Context,
		private readonly baseUrl: string,
		private readonly auth: WeChatAuth,
		private readonly tokenKey: string,
		/** Names the Mini Program whose per-App-ID limits this client's calls spend (for a shared pacer). */
		readonly appKey: string,
		private readonly transport: TransportOptions,
		/** A third-party platform's token for one merchant, instead of the credential's own. */
		private readonly platformTokens?: TokenSource,
	) {}

	static async create(ctx: Context, transport: TransportOptions): Promise<WeChatClient> {
		if (usesPlatformAuthentication(ctx)) {
			// Each merchant is its own Mini Program, with its own per-App-ID limits.
			const { baseUrl, authorizerAppId, tokens } = await authorizerTokenSource(ctx, transport);
			return new WeChatClient(
				ctx,
				baseUrl,
				{ mode: 'appSecret', appId: '', appSecret: '' },
				'',
				`${baseUrl}|${authorizerAppId}`,
				transport,
				tokens,
			);
		}
		const credentials =
			await ctx.getCredentials<ICredentialDataDecryptedObject>('weChatMiniProgramApi');
		const baseUrl = weChatBaseUrl(credentials);
		const auth = weChatAuthFromCredentials(credentials);
		const tokenKey = AccessTokenCache.keyFor(baseUrl, JSON.stringify(auth));
		const appId =
			auth.mode === 'appSecret'
				? auth.appId
				: auth.mode === 'componentRefreshToken'
					? auth.authorizerAppId
					: tokenKey;
		return new WeChatClient(ctx, baseUrl, auth, tokenKey, `${baseUrl}|${appId}`, transport);
	}

	/** Epoch ms on the transport's clock: what expiries and "yesterday" are judged against. */
	now(): number {
		return this.transport.clock.now();
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

	/**
	 * POSTs a body that is already encoded (a multipart/form-data upload) with its content type,
	 * `query` added to the URL next to the token; the same token and retry rules as `post`.
	 */
	async postRaw(
		path: string,
		raw: { body: Buffer; contentType: string; query?: Record<string, string> },
		options: WeChatCallOptions,
	): Promise<WeChatAnswer> {
		const { body, contentType, query } = raw;
		return await this.call({ method: 'POST', path, query, raw: { body, contentType } }, options);
	}

	/** GETs a WeChat API path with query parameters. Reads are idempotent: transient failures are retried. */
	async get(
		path: string,
		query: Record<string, string | number> = {},
		errorMeanings?: Record<number, string>,
	): Promise<WeChatAnswer> {
		const textQuery = Object.fromEntries(
			Object.entries(query).map(([key, value]) => [key, String(value)]),
		);
		return await this.call(
			{ method: 'GET', path, query: textQuery },
			{ idempotent: true, errorMeanings },
		);
	}

	/**
	 * POSTs `body` to an API that answers a file on success (a Mini Program code) and a JSON error on
	 * failure; which one came is read from the bytes, whatever the Content-Type says.
	 */
	async postForFile(
		path: string,
		body: Record<string, unknown>,
		options: WeChatCallOptions,
	): Promise<AnsweredFile> {
		return await this.fileFrom(path, { method: 'POST', path, body, expectsFile: true }, options);
	}

	/** GETs a file (temporary media): a read, retried on transient failures like `get`. */
	async getFile(
		path: string,
		query: Record<string, string>,
		errorMeanings?: Record<number, string>,
	): Promise<AnsweredFile> {
		return await this.fileFrom(
			path,
			{ method: 'GET', path, query, expectsFile: true },
			{ idempotent: true, errorMeanings },
		);
	}

	private async fileFrom(
		path: string,
		request: WeChatRequest,
		options: WeChatCallOptions,
	): Promise<AnsweredFile> {
		const answer = await this.call(request, options);
		const file = fileCarriedBy(answer);
		// errcode 0 with no file: WeChat said it succeeded but sent nothing to keep.
		if (!file)
			throw new Error(`WeChat ${path} answered JSON without an error code instead of a file`);
		return file;
	}

	private async call(request: WeChatRequest, options: WeChatCallOptions): Promise<WeChatAnswer> {
		const { path } = request;
		let token = await this.currentToken();
		const canRenewToken = this.auth.mode !== 'authorizerAccessToken';
		return await callWithRetries({
			label: `WeChat ${path}`,
			idempotent: options.idempotent,
			policy: this.transport.retry,
			clock: this.transport.clock,
			send: async () =>
				await this.send({ ...request, query: { ...request.query, access_token: token } }),
			judge: (answer) => judgeWeChatAnswer(answer, path, options, canRenewToken),
			renewAuth: async () => {
				token = await this.renewToken(token);
			},
		});
	}

	private async send({
		method,
		path,
		query,
		body,
		form,
		raw,
		expectsFile,
	}: WeChatRequest): Promise<RequestOutcome> {
		const request: IHttpRequestOptions = {
			method,
			url: `${this.baseUrl}${path}`,
			qs: query,
			timeout: this.transport.retry.timeoutMs,
		};
		if (raw !== undefined) {
			request.body = raw.body;
			request.headers = { 'Content-Type': raw.contentType };
		} else if (form !== undefined) {
			request.body = form;
			request.headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
		} else if (body !== undefined) {
			request.body = body;
		}
		const sendRequest = expectsFile ? sendClassifiedExpectingFile : sendClassified;
		return await sendRequest(this.ctx, request, `WeChat ${path}`);
	}

	private async currentToken(): Promise<string> {
		if (this.platformTokens) return await this.platformTokens.current();
		return await this.transport.caches.weChatTokens.get(
			this.tokenKey,
			async () => await requestAccessToken(this.tokenPoster(), this.auth),
		);
	}

	private async renewToken(rejected: string): Promise<string> {
		if (this.platformTokens) return await this.platformTokens.renew(rejected);
		return await this.transport.caches.weChatTokens.replaceRejected(
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
