import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { itemsIntoWeChatNode, runWorkflow } from '../../../testkit/engine/runWorkflow';
import { weChatCredentials } from '../../../testkit/servers/fakeWeChat/credentials';
import { addLinkRoutes, type FakeLinkState } from '../../../testkit/servers/fakeWeChat/linkRoutes';
import type { FakeWeChatServer } from '../../../testkit/servers/fakeWeChat/server';
import { startFakeWeChat } from '../../helpers/startFakeWeChat';

export const LINK_PATHS = {
	generateUrlScheme: '/wxa/generatescheme',
	generateUrlLink: '/wxa/generate_urllink',
	generateNfcScheme: '/wxa/generatenfcscheme',
	generateShortLink: '/wxa/genwxashortlink',
	getSchemeInfo: '/wxa/queryscheme',
	getUrlLinkInfo: '/wxa/query_urllink',
} as const;

export const DAY_MS = 86_400_000;

/** A local WeChat that makes links, its daily quotas counted per China day on the virtual clock. */
export interface LinkWorld {
	server: FakeWeChatServer;
	links: FakeLinkState;
}

export async function startLinkWorld(): Promise<LinkWorld> {
	const server = await startFakeWeChat();
	return { server, links: addLinkRoutes(server) };
}

/** Runs the node's Link resource over `items` through n8n's engine. */
export async function runLinks(
	world: LinkWorld,
	items: IDataObject[],
	parameters: Record<string, unknown>,
	nodeSettings: Record<string, unknown> = {},
) {
	const result = await runWorkflow(
		itemsIntoWeChatNode(
			items,
			{ resource: 'link', ...parameters } as never,
			weChatCredentials(world.server),
			nodeSettings,
		),
	);
	const runs = result.run.data.resultData.runData.WeChat;
	const items_: INodeExecutionData[] = runs?.[runs.length - 1]?.data?.main[0] ?? [];
	return { ...result, items: items_ };
}

/** The input item an error names (n8n shows it as "item N"). */
export function itemOf(error: unknown): number | undefined {
	return (error as { context?: { itemIndex?: number } } | undefined)?.context?.itemIndex;
}
