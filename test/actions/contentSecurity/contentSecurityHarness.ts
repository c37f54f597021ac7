import type { INodeParameters } from 'n8n-workflow';

import { itemsIntoWeChatNode, runWorkflow } from '../../../testkit/engine/runWorkflow';
import {
	addContentSecurityRoutes,
	userVisited,
} from '../../../testkit/servers/fakeWeChat/contentSecurityRoutes';
import { weChatCredentials } from '../../../testkit/servers/fakeWeChat/credentials';
import { startWeChatWith, useWorld } from '../operationHarness';

export const TEXT_CHECK = '/wxa/msg_sec_check';
export const MEDIA_CHECK = '/wxa/media_check_async';

export const startContentSecurityWeChat = startWeChatWith((server) => {
	const clock = { now: Date.UTC(2026, 0, 5, 9, 0, 0) };
	return { security: addContentSecurityRoutes(server, () => clock.now), clock };
});
export type ContentSecurityWeChat = Awaited<ReturnType<typeof startContentSecurityWeChat>>;

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
