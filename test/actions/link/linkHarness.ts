import { addLinkRoutes } from '../../../testkit/servers/fakeWeChat/linkRoutes';
import { resourceRunner, startWeChatWith, useOperation, useWorld } from '../operationHarness';

export { itemOf } from '../../helpers/runWeChatResource';

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
export const startLinkWorld = startWeChatWith((server) => ({ links: addLinkRoutes(server) }));
export type LinkWorld = Awaited<ReturnType<typeof startLinkWorld>>;

/** Runs the node's Link resource over `items` through n8n's engine. */
export const runLinks = resourceRunner('link');

/** A fresh LinkWorld for each test of the calling describe block (stopped after it). */
export const useLinkWorld = () => useWorld(startLinkWorld);

/** One Link operation's tests (see useOperation), its requests counted at its own path. */
export const useLinkOperation = (
	operation: keyof typeof LINK_PATHS,
	base: Record<string, unknown> = {},
) => useOperation(startLinkWorld, 'link', operation, LINK_PATHS[operation], base);
