import { addSubscribeRoutes } from '../../../testkit/servers/fakeWeChat/subscribeRoutes';
import { runOnWeChat, useWeChatWith } from '../operationHarness';

export const TITLES = '/wxaapi/newtmpl/getpubtemplatetitles';
export const ADD = '/wxaapi/newtmpl/addtemplate';
export const GET_TEMPLATES = '/wxaapi/newtmpl/gettemplate';

/** The setup of "Subscribe Template operations (through the n8n engine, against a local WeChat)": each test file of it calls this in its describe. */
export function subscribeTemplateSuite() {
	const weChat = useWeChatWith((server) => ({ subscribe: addSubscribeRoutes(server) }));

	const run = (
		operation: string,
		parameters: Record<string, unknown> = {},
		settings = {},
		items: object[] = [{}],
	) =>
		runOnWeChat(
			weChat().server,
			{ resource: 'subscribeTemplate', operation, ...parameters },
			{ items: items as never, settings },
		);
	return {
		get server() {
			return weChat().server;
		},
		get subscribe() {
			return weChat().subscribe;
		},
		run,
	};
}
