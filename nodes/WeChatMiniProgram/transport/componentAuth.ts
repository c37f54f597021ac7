import {
	sleep,
	type ICredentialDataDecryptedObject,
	type IExecuteFunctions,
	type ILoadOptionsFunctions,
} from 'n8n-workflow';

import { backoffDelay } from '../../protocol/common/transientFailures';
import type { PostJson } from '../../protocol/wechat/accessToken';
import { AccessTokenCache } from '../../protocol/wechat/accessTokenCache';
import { resolveBaseUrl } from '../../protocol/wechat/apiDomains';
import { COMPONENT_ERRCODES } from '../../protocol/wechat/component/componentApi';
import { PlatformSecrets } from '../../protocol/wechat/component/platformSecrets';
import {
	newProcessTokens,
	PlatformTokenChain,
	type ProcessTokens,
} from '../../protocol/wechat/component/platformTokens';
import { SecretSealer } from '../../protocol/wechat/component/sealedSecrets';
import { WeChatApiError } from '../../protocol/wechat/apiError';
import { DataTablePlatformStore } from './platformStore';
import { retryPolicy } from './retryPolicy';
import { sendClassified } from './sendClassified';

type Context = IExecuteFunctions | ILoadOptionsFunctions;

export const PLATFORM_CREDENTIAL = 'weChatPlatformApi';
export const PLATFORM_AUTHENTICATION = 'thirdPartyPlatform';

/** Per process and platform: the tokens held in memory (an optimisation: the store is the truth). */
const processTokens = new Map<string, ProcessTokens>();

export interface Platform {
	componentAppId: string;
	baseUrl: string;
	chain: PlatformTokenChain;
	secrets: PlatformSecrets;
	sealer: SecretSealer;
	/** POSTs to a component API with the component_access_token; renews it once if refused. */
	callComponent(path: string, body: Record<string, unknown>): Promise<Record<string, unknown>>;
}

/** Whether the node runs as a third-party platform for a merchant (the Authentication option). */
export function usesPlatformAuthentication(ctx: Context): boolean {
	const value =
		'getInputData' in ctx
			? ctx.getNodeParameter('authentication', 0, 'miniProgram')
			: ctx.getCurrentNodeParameter('authentication');
	return value === PLATFORM_AUTHENTICATION;
}

export async function openPlatform(ctx: Context): Promise<Platform> {
	const credentials = await ctx.getCredentials<ICredentialDataDecryptedObject>(PLATFORM_CREDENTIAL);
	const text = (name: string) => String(credentials[name] ?? '').trim();
	const componentAppId = text('componentAppId');
	const componentAppSecret = text('componentAppSecret');
	if (!componentAppId || !componentAppSecret)
		throw new Error('The Third-Party Platform credential needs a Component App ID and App Secret');
	const baseUrl = resolveBaseUrl(text('apiDomain'), text('customBaseUrl'));
	const sealer = new SecretSealer(componentAppId, componentAppSecret);
	const secrets = new PlatformSecrets(
		await DataTablePlatformStore.open(ctx, componentAppId),
		sealer,
	);
	const memoryKey = AccessTokenCache.keyFor(baseUrl, componentAppId, componentAppSecret);
	let memory = processTokens.get(memoryKey);
	if (!memory) processTokens.set(memoryKey, (memory = newProcessTokens()));
	const post = componentPoster(ctx, baseUrl);
	const chain = new PlatformTokenChain({
		post,
		platform: { componentAppId, componentAppSecret },
		secrets,
		memory,
		now: () => Date.now(),
		sleep: async (ms) => await sleep(ms),
	});
	return {
		componentAppId,
		baseUrl,
		chain,
		secrets,
		sealer,
		callComponent: async (path, body) =>
			await chain.withComponentToken(async (token) => {
				const answer = await post(path, body, { component_access_token: token });
				const errcode = Number(answer.errcode ?? 0);
				if (errcode !== 0)
					throw new WeChatApiError(errcode, String(answer.errmsg ?? ''), path, COMPONENT_ERRCODES);
				return answer;
			}),
	};
}

/** The merchant's token for WeChatClient, renewed once when WeChat refuses it. */
export interface TokenSource {
	current(): Promise<string>;
	renew(rejected: string): Promise<string>;
}

export async function authorizerTokenSource(
	ctx: Context,
): Promise<{ baseUrl: string; tokens: TokenSource }> {
	const authorizerAppId = authorizerAppIdOf(ctx);
	const platform = await openPlatform(ctx);
	return {
		baseUrl: platform.baseUrl,
		tokens: {
			current: async () => await platform.chain.authorizerToken(authorizerAppId),
			renew: async (rejected) => await platform.chain.authorizerToken(authorizerAppId, rejected),
		},
	};
}

/** The items of one run share an authorizer (actions/perAuthorizer.ts groups them). */
function authorizerAppIdOf(ctx: Context): string {
	const value =
		'getInputData' in ctx
			? ctx.getNodeParameter('authorizerAppId', 0, '')
			: ctx.getCurrentNodeParameter('authorizerAppId');
	const appId = typeof value === 'string' ? value.trim() : '';
	if (!appId || appId.startsWith('='))
		throw new Error(
			'Give the Authorizer App ID (the merchant Mini Program) as a fixed value to browse its lists',
		);
	return appId;
}

/**
 * Component APIs are reads or token grants: a transient failure is retried, and a token minted
 * twice only costs quota. Their answers are returned whatever the errcode; callers read it.
 */
function componentPoster(ctx: Context, baseUrl: string): PostJson {
	return async (path, body, query) => {
		for (let attempt = 0; ; attempt++) {
			const outcome = await sendClassified(
				ctx,
				{
					method: 'POST',
					url: `${baseUrl}${path}`,
					qs: query,
					body,
					timeout: retryPolicy.timeoutMs,
				},
				`WeChat ${path}`,
			);
			if (outcome.kind === 'answer') {
				if (Number(outcome.answer.errcode) !== -1) return outcome.answer;
				if (attempt + 1 >= retryPolicy.maxAttempts) return outcome.answer;
			} else if (attempt + 1 >= retryPolicy.maxAttempts) {
				throw new Error(
					`WeChat ${path} still failing after ${retryPolicy.maxAttempts} attempts (${outcome.reason})`,
				);
			}
			await sleep(backoffDelay(attempt, retryPolicy.baseDelayMs));
		}
	};
}
