import type {
	ICredentialDataDecryptedObject,
	IExecuteFunctions,
	ILoadOptionsFunctions,
} from 'n8n-workflow';

import { callWithRetries } from '../../protocol/common/retryLoop';
import type { PostJson } from '../../protocol/wechat/accessToken';
import { AccessTokenCache } from '../../protocol/wechat/accessTokenCache';
import { judgeWeChatAnswer } from '../../protocol/wechat/answerVerdict';
import { resolveBaseUrl } from '../../protocol/wechat/apiDomains';
import { COMPONENT_ERRCODES } from '../../protocol/wechat/component/componentApi';
import { PlatformSecrets } from '../../protocol/wechat/component/platformSecrets';
import {
	newProcessTokens,
	PlatformTokenChain,
} from '../../protocol/wechat/component/platformTokens';
import { SecretSealer } from '../../protocol/wechat/component/sealedSecrets';
import { N8nDataTablesApi } from './n8nDataTablesApi';
import type { N8nApiAccess } from './n8nDataTablesApi';
import { DataTablePlatformStore } from './dataTablePlatformStore';
import { sendClassified } from '../transport/sendClassified';
import type { TransportOptions } from '../transport/transportOptions';

type Context = IExecuteFunctions | ILoadOptionsFunctions;

export const PLATFORM_CREDENTIAL = 'weChatPlatformApi';
export const PLATFORM_AUTHENTICATION = 'thirdPartyPlatform';

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

export async function openPlatform(ctx: Context, transport: TransportOptions): Promise<Platform> {
	const credentials = await ctx.getCredentials<ICredentialDataDecryptedObject>(PLATFORM_CREDENTIAL);
	const text = (name: string) => String(credentials[name] ?? '').trim();
	const componentAppId = text('componentAppId');
	const componentAppSecret = text('componentAppSecret');
	if (!componentAppId || !componentAppSecret)
		throw new Error('The Third-Party Platform credential needs a Component App ID and App Secret');
	const baseUrl = resolveBaseUrl(text('apiDomain'), text('customBaseUrl'));
	// What this process holds for the platform (an optimisation: the Data Table is the truth).
	const memoryKey = AccessTokenCache.keyFor(baseUrl, componentAppId, componentAppSecret);
	let memory = transport.caches.platforms.get(memoryKey);
	if (!memory) {
		memory = {
			tokens: newProcessTokens(),
			sealer: new SecretSealer(componentAppId, componentAppSecret),
		};
		transport.caches.platforms.set(memoryKey, memory);
	}
	const { sealer } = memory;
	const n8nApi = n8nApiAccess(ctx, text('n8nApiUrl'), text('n8nApiKey'));
	const secrets = new PlatformSecrets(
		await DataTablePlatformStore.open(
			new N8nDataTablesApi(ctx, n8nApi),
			componentAppId,
			transport.caches.platformTables,
			n8nApi.baseUrl,
		),
		sealer,
	);
	const post = componentPoster(ctx, baseUrl, transport);
	const chain = new PlatformTokenChain({
		post,
		platform: { componentAppId, componentAppSecret },
		secrets,
		memory: memory.tokens,
		now: () => transport.clock.now(),
		sleep: async (ms) => await transport.clock.sleep(ms),
		leasePollMs: transport.leasePollMs,
	});
	return {
		componentAppId,
		baseUrl,
		chain,
		secrets,
		sealer,
		callComponent: async (path, body) =>
			await chain.withComponentToken(
				async (token) => await post(path, body, { component_access_token: token }),
			),
	};
}

/** n8n's public API, which keeps the platform's Data Table: the credential's URL, or this n8n's own. */
function n8nApiAccess(ctx: Context, url: string, apiKey: string): N8nApiAccess {
	if (!apiKey)
		throw new Error(
			'The Third-Party Platform credential needs an n8n API Key: the node keeps the ticket and tokens every n8n process shares in an n8n Data Table, which n8n gives community nodes only through its API (Settings > n8n API > Create an API key)',
		);
	const baseUrl = (url || `${ctx.getInstanceBaseUrl().replace(/\/+$/, '')}/api/v1`).replace(
		/\/+$/,
		'',
	);
	return { baseUrl, apiKey };
}

/** The merchant's token for WeChatClient, renewed once when WeChat refuses it. */
export interface TokenSource {
	current(): Promise<string>;
	renew(rejected: string): Promise<string>;
}

export async function authorizerTokenSource(
	ctx: Context,
	transport: TransportOptions,
): Promise<{ baseUrl: string; authorizerAppId: string; tokens: TokenSource }> {
	const authorizerAppId = authorizerAppIdOf(ctx);
	const platform = await openPlatform(ctx, transport);
	return {
		baseUrl: platform.baseUrl,
		authorizerAppId,
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
 * Component APIs are reads or token grants: a transient failure, errcode -1 or 45011 is retried,
 * and a token minted twice only costs quota. Any other errcode is a WeChatApiError with the
 * component meanings.
 */
function componentPoster(ctx: Context, baseUrl: string, transport: TransportOptions): PostJson {
	return async (path, body, query) =>
		await callWithRetries({
			label: `WeChat ${path}`,
			idempotent: true,
			policy: transport.retry,
			clock: transport.clock,
			send: async () =>
				await sendClassified(
					ctx,
					{
						method: 'POST',
						url: `${baseUrl}${path}`,
						qs: query,
						body,
						timeout: transport.retry.timeoutMs,
					},
					`WeChat ${path}`,
				),
			// Token refusals are not renewed here: the chain renews the component token (withComponentToken).
			judge: (answer) =>
				judgeWeChatAnswer(answer, path, { errorMeanings: COMPONENT_ERRCODES }, false),
			renewAuth: async () => {},
		});
}
