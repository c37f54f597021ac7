import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
} from 'n8n-workflow';

import type { RatePacer } from '../../protocol/common/ratePacer';
import { callWithRetries } from '../../protocol/common/retryLoop';
import type { RequestOutcome } from '../../protocol/common/retryLoop';
import { judgeTencentAnswer } from '../../protocol/tencent/answerVerdict';
import {
	MAX_CALLS_PER_SECOND,
	OFFICIAL_ACCOUNT_SERVICE,
} from '../../protocol/tencent/officialAccountCommands';
import type { UserSigCredentials } from '../../protocol/tencent/userSigCache';
import { sendClassified } from './sendClassified';
import type { TransportOptions } from './transportOptions';
import {
	tencentChatBaseUrl,
	tencentChatQuery,
	userSigCredentials,
} from '../../shared/tencentCredentials';

type Context = IExecuteFunctions | ILoadOptionsFunctions;

export interface TencentCallOptions {
	/**
	 * Whether repeating the call is harmless. Others are resent only when Tencent provably did not
	 * act (connection refused, rate-limit rejection, expired UserSig).
	 */
	idempotent: boolean;
	/** Meanings for codes specific to this command, shown instead of the generic ones. */
	errorMeanings?: Record<number, string>;
	service?: string;
}

export type TencentAnswer = Record<string, unknown>;

/** A list in Tencent's answer (ErrorList, MemberList, …); absent or not a list: empty. */
export const answerList = (value: unknown): IDataObject[] =>
	Array.isArray(value) ? (value as IDataObject[]) : [];

export class TencentChatClient {
	private constructor(
		private readonly ctx: Context,
		private readonly credentials: ICredentialDataDecryptedObject,
		private readonly signer: UserSigCredentials,
		private readonly baseUrl: string,
		private readonly pacer: RatePacer,
		private readonly transport: TransportOptions,
	) {}

	static async create(ctx: Context, transport: TransportOptions): Promise<TencentChatClient> {
		const credentials = await ctx.getCredentials<ICredentialDataDecryptedObject>('tencentChatApi');
		const signer = userSigCredentials(credentials);
		const baseUrl = tencentChatBaseUrl(credentials);
		const pacer = transport.caches.pacer(
			`tencent calls|${baseUrl}|${signer.sdkAppId}`,
			MAX_CALLS_PER_SECOND,
		);
		return new TencentChatClient(ctx, credentials, signer, baseUrl, pacer, transport);
	}

	/** The SDKAppID on its host: what per-app limits (the push ration) are kept for. */
	get appKey(): string {
		return `${this.baseUrl}|${this.signer.sdkAppId}`;
	}

	/** The transport's clock: what "now" is for a request's default time range. */
	get clock(): TransportOptions['clock'] {
		return this.transport.clock;
	}

	/**
	 * The process's pacer for a limit of this SDKAppID narrower than its 200 calls/s (one command,
	 * one group, batchsendmsg's recipients a minute): every execution in the process shares it.
	 */
	limitPacer(limit: string, unitsPerWindow: number, windowMs = 1000): RatePacer {
		return this.transport.caches.pacer(`tencent ${limit}|${this.appKey}`, unitsPerWindow, windowMs);
	}

	/** POSTs `body` to v4/<service>/<command> and resolves the answer once Tencent reports success. */
	async call(
		command: string,
		body: Record<string, unknown>,
		options: TencentCallOptions,
	): Promise<TencentAnswer> {
		const path = `${options.service ?? OFFICIAL_ACCOUNT_SERVICE}/${command}`;
		const { userSigs } = this.transport.caches;
		let userSig = userSigs.get(this.signer);
		return await callWithRetries({
			label: `Tencent Cloud Chat ${path}`,
			idempotent: options.idempotent,
			policy: this.transport.retry,
			clock: this.transport.clock,
			send: async () => await this.pacer.run(1, async () => await this.send(path, body, userSig)),
			judge: (answer) =>
				judgeTencentAnswer(answer, path, options.errorMeanings, (text) =>
					this.redact(text, userSig),
				),
			renewAuth: async () => {
				userSig = userSigs.renew(this.signer, userSig);
			},
		});
	}

	private async send(
		path: string,
		body: Record<string, unknown>,
		userSig: string,
	): Promise<RequestOutcome> {
		const request: IHttpRequestOptions = {
			method: 'POST',
			url: `${this.baseUrl}/v4/${path}`,
			qs: tencentChatQuery(this.credentials, userSig),
			body,
			timeout: this.transport.retry.timeoutMs,
		};
		return await sendClassified(this.ctx, request, `Tencent Cloud Chat ${path}`);
	}

	/** Tencent's ErrorInfo is free text: make sure it can never carry our signature or key onwards. */
	private redact(text: string, userSig: string): string {
		let safe = text;
		for (const secret of [userSig, this.signer.secretKey]) {
			if (secret) safe = safe.split(secret).join('[redacted]');
		}
		return safe;
	}
}
