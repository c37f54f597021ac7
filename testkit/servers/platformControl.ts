/**
 * The third-party platform side of the e2e run's local WeChat (testkit's component routes), and
 * the control routes the platform scenario drives it with: WeChat's encrypted pushes to n8n, the
 * lifetime of the tokens it hands out, retiring tokens (the next use answers 40001), slow grants, and what it
 * saw (token requests, calls and their answers, every secret it issued).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

import { FakeComponentPlatform } from './fakeWeChat/componentRoutes';
import type { FakeLiveState } from './fakeWeChat/liveRoutes';
import type { FakeWeChatServer } from './fakeWeChat/server';

/** What the Third-Party Platform credential needs (test values of the local platform). */
export interface PlatformEndpoint {
	componentAppId: string;
	componentAppSecret: string;
	token: string;
	encodingAESKey: string;
}

export interface PlatformCall {
	path: string;
	/** The answer's errcode (0 for success). */
	errcode: number;
	/** The merchant whose authorizer token the call carried ('' for component APIs). */
	tokenOf: string;
	at: number;
}

export interface PlatformStats {
	tokenRequests: { component: number; authorizer: Record<string, number> };
	/** Every call to a component API or to applyliveinfo, in arrival order. */
	calls: PlatformCall[];
	/** The merchant of each accepted applyliveinfo (from the token it carried). */
	applications: string[];
	/** Every ticket, token and refresh token WeChat handed out, plus the credential's secrets. */
	secrets: string[];
}

const WATCHED = (path: string) =>
	path.startsWith('/cgi-bin/component/') || path === '/wxa/business/applyliveinfo';

export class E2ePlatform {
	readonly platform: FakeComponentPlatform;

	constructor(
		private readonly weChat: FakeWeChatServer,
		private readonly live: FakeLiveState,
	) {
		this.platform = new FakeComponentPlatform(weChat);
	}

	get endpoint(): PlatformEndpoint {
		const { componentAppId, componentAppSecret, token, encodingAESKey } = this.platform;
		return { componentAppId, componentAppSecret, token, encodingAESKey };
	}

	/** Answers the /platform/* control routes; false for any other path. */
	handle(req: IncomingMessage, res: ServerResponse): boolean {
		const path = (req.url ?? '').split('?')[0];
		if (!path.startsWith('/platform/')) return false;
		void this.answer(req, path).then(
			(body) => {
				res.writeHead(200, { 'content-type': 'application/json' });
				res.end(JSON.stringify(body ?? {}));
			},
			(error: Error) => {
				res.writeHead(500, { 'content-type': 'text/plain' });
				res.end(error.message);
			},
		);
		return true;
	}

	private async answer(req: IncomingMessage, path: string): Promise<unknown> {
		if (req.method === 'GET' && path === '/platform/stats') return this.stats();
		const body = await jsonBody(req);
		switch (path) {
			case '/platform/push-ticket':
				return await this.platform.pushTicket(String(body.url));
			case '/platform/authorize':
				return await this.platform.authorize(String(body.appId), String(body.url));
			case '/platform/token-lifetime':
				if (typeof body.componentSeconds === 'number')
					this.platform.tokenLifetimeMs.component = body.componentSeconds * 1000;
				if (typeof body.authorizerSeconds === 'number')
					this.platform.tokenLifetimeMs.authorizer = body.authorizerSeconds * 1000;
				return { ...this.platform.tokenLifetimeMs };
			case '/platform/retire':
				if (body.componentTokens === true) this.platform.retireComponentTokens();
				for (const appId of (body.authorizers as string[] | undefined) ?? [])
					this.platform.retireAuthorizerTokens(appId);
				return {};
			case '/platform/slow-grants':
				// The next grants of authorizer tokens fail slowly (WeChat busy, -1): a grant of
				// `times` + 1 tries, each `afterMs` long.
				this.weChat.injectFault(
					'/cgi-bin/component/api_authorizer_token',
					{ kind: 'errcode', errcode: -1, errmsg: 'system error', afterMs: Number(body.afterMs) },
					Number(body.times),
				);
				return {};
			default:
				throw new Error(`no control route ${req.method} ${path}`);
		}
	}

	private stats(): PlatformStats {
		const { tokenRequests, componentAppSecret, encodingAESKey, issuedSecrets } = this.platform;
		return {
			tokenRequests: {
				component: tokenRequests.componentToken,
				authorizer: Object.fromEntries(tokenRequests.authorizerToken),
			},
			calls: this.weChat.calls
				.filter((call) => WATCHED(call.path))
				.map((call) => ({
					path: call.path,
					errcode: Number((call.answer as { errcode?: unknown } | undefined)?.errcode ?? 0),
					tokenOf:
						/^authorizertoken-(.+)-[0-9a-f]{24}$/.exec(call.query.access_token ?? '')?.[1] ?? '',
					at: call.at,
				})),
			applications: [...this.live.applications],
			secrets: [...issuedSecrets, componentAppSecret, encodingAESKey],
		};
	}
}

async function jsonBody(req: IncomingMessage): Promise<Record<string, unknown>> {
	const chunks: Buffer[] = [];
	for await (const chunk of req) chunks.push(chunk as Buffer);
	const text = Buffer.concat(chunks).toString('utf8');
	return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}
