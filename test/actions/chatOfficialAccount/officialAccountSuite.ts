import type { FakeTencentChat } from '../../../testkit/servers/fakeTencentChat';
import { ACCOUNT, startChatServer, users } from './chatOfficialAccountHarness';

export { ACCOUNT };

/** The setup of "Chat Official Account operations (n8n engine against a local Tencent Cloud Chat)": each test file of it calls this in its describe. */
export function officialAccountSuite() {
	let server: FakeTencentChat;
	beforeEach(async () => {
		server = await startChatServer();
		server.addAccount(ACCOUNT, { Name: 'News' }, users(450));
	});
	afterEach(async () => await server.stop());
	return {
		get server() {
			return server;
		},
	};
}
