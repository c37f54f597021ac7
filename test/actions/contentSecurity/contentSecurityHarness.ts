import type { INodeParameters } from 'n8n-workflow';

import { itemsIntoWeChatNode, runWorkflow } from '../../../testkit/engine/runWorkflow';
import {
	addContentSecurityRoutes,
	userVisited,
} from '../../../testkit/servers/fakeWeChat/contentSecurityRoutes';
import type { FakeContentSecurityState } from '../../../testkit/servers/fakeWeChat/contentSecurityRoutes';
import { weChatCredentials } from '../../../testkit/servers/fakeWeChat/credentials';
import type { FakeWeChatServer } from '../../../testkit/servers/fakeWeChat/server';
import { startFakeWeChat } from '../../helpers/startFakeWeChat';
import { useWorld } from '../operationHarness';

export const TEXT_CHECK = '/wxa/msg_sec_check';
export const MEDIA_CHECK = '/wxa/media_check_async';

export interface ContentSecurityWeChat {
	server: FakeWeChatServer;
	security: FakeContentSecurityState;
	clock: { now: number };
}

export async function startContentSecurityWeChat(): Promise<ContentSecurityWeChat> {
	const server = await startFakeWeChat();
	const clock = { now: Date.UTC(2026, 0, 5, 9, 0, 0) };
	const security = addContentSecurityRoutes(server, () => clock.now);
	return { server, security, clock };
}

export async function runContentSecurity(
	weChat: ContentSecurityWeChat,
	parameters: Record<string, unknown>,
	items: Record<string, unknown>[] = [{}],
	settings: Record<string, unknown> = {},
) {
	return await runWorkflow(
		itemsIntoWeChatNode(
			items as never,
			{ resource: 'contentSecurity', ...parameters } as INodeParameters,
			weChatCredentials(weChat.server),
			settings,
		),
	);
}

/** A fresh local WeChat for each test of the calling describe block (user oUserA has visited), and a run on it. */
export function useContentSecurity() {
	const weChat = useWorld(async () => {
		const started = await startContentSecurityWeChat();
		userVisited(started.security, 'oUserA');
		return started;
	});
	const run = async (
		parameters: Record<string, unknown>,
		items?: Record<string, unknown>[],
		settings?: Record<string, unknown>,
	) => await runContentSecurity(weChat(), parameters, items, settings);
	return { weChat, run };
}
