import type { PostJson } from '../../../../nodes/protocol/wechat/accessToken';
import { PlatformSecrets } from '../../../../nodes/protocol/wechat/component/platformSecrets';
import type { PlatformStore } from '../../../../nodes/protocol/wechat/component/platformStore';
import {
	newProcessTokens,
	PlatformTokenChain,
	TICKET_KEY,
	TICKET_LIFETIME_MS,
} from '../../../../nodes/protocol/wechat/component/platformTokens';
import type { TokenChainOptions } from '../../../../nodes/protocol/wechat/component/platformTokens';
import { SecretSealer } from '../../../../nodes/protocol/wechat/component/sealedSecrets';
import type { FakeComponentPlatform } from '../../../../testkit/servers/fakeWeChat/componentRoutes';

/** Posts `body` as JSON to `path` (with `query`) at `baseUrl` and reads WeChat's JSON answer. */
export async function postJson(
	baseUrl: string,
	...[path, body, query]: Parameters<PostJson>
): Promise<Record<string, unknown>> {
	const url = new URL(`${baseUrl}${path}`);
	for (const [key, value] of Object.entries(query ?? {})) url.searchParams.set(key, value);
	const response = await fetch(url, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body),
	});
	return (await response.json()) as Record<string, unknown>;
}

/** One process's token chain for `platform`: its own memory, over `options.secrets`. */
export function tokenChainOf(
	platform: FakeComponentPlatform,
	options: Omit<TokenChainOptions, 'platform' | 'memory'>,
): PlatformTokenChain {
	return new PlatformTokenChain({
		...options,
		platform: {
			componentAppId: platform.componentAppId,
			componentAppSecret: platform.componentAppSecret,
		},
		memory: newProcessTokens(),
	});
}

/** `store` read and written as the platform's secrets, sealed with its Component App Secret. */
export function sealedSecrets(platform: FakeComponentPlatform, store: PlatformStore) {
	return new PlatformSecrets(
		store,
		new SecretSealer(platform.componentAppId, platform.componentAppSecret),
	);
}

/**
 * What the ticket and authorization workflows leave in the store: WeChat's latest ticket, and the
 * refresh token of `merchant`, which authorizes the platform.
 */
export async function storeTicketAndMerchant(
	secrets: PlatformSecrets,
	platform: FakeComponentPlatform,
	merchant: string,
	now: number,
): Promise<void> {
	await secrets.write(TICKET_KEY, platform.issueTicket(), now + TICKET_LIFETIME_MS);
	platform.addAuthorizer(merchant);
	await secrets.write(
		{ kind: 'refreshToken', authorizerAppId: merchant },
		platform.authorizers.get(merchant)!.refreshToken,
		0,
	);
}
