import { itemsIntoWeChatNode, runWorkflow } from '../../../testkit/engine/runWorkflow';
import { weChatCredentials } from '../../../testkit/servers/fakeWeChat/credentials';
import { FakeWeChatServer } from '../../../testkit/servers/fakeWeChat/server';
import { addSubscribeRoutes } from '../../../testkit/servers/fakeWeChat/subscribeRoutes';
import type { FakeSubscribeState } from '../../../testkit/servers/fakeWeChat/subscribeRoutes';
import { startFakeWeChat } from '../../helpers/startFakeWeChat';

export const TITLES = '/wxaapi/newtmpl/getpubtemplatetitles';
export const ADD = '/wxaapi/newtmpl/addtemplate';
export const GET_TEMPLATES = '/wxaapi/newtmpl/gettemplate';

/** The setup of "Subscribe Template operations (through the n8n engine, against a local WeChat)": each test file of it calls this in its describe. */
export function subscribeTemplateSuite() {
	let server: FakeWeChatServer;
	let subscribe: FakeSubscribeState;

	beforeEach(async () => {
		server = await startFakeWeChat();
		subscribe = addSubscribeRoutes(server);
	});
	afterEach(async () => await server.stop());

	const run = (
		operation: string,
		parameters: Record<string, unknown> = {},
		settings = {},
		items: object[] = [{}],
	) =>
		runWorkflow(
			itemsIntoWeChatNode(
				items as never,
				{ resource: 'subscribeTemplate', operation, ...parameters },
				weChatCredentials(server),
				settings,
			),
		);
	return {
		get server() {
			return server;
		},
		get subscribe() {
			return subscribe;
		},
		run,
	};
}
