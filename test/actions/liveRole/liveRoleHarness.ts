import { runBroadcast, startBroadcastWeChat } from '../broadcastHarness';
import type { BroadcastWeChat } from '../broadcastHarness';

/** The setup of "Live Role (against a local WeChat)": each test file of it calls this in its describe. */
export function liveRoleSuite() {
	let weChat: BroadcastWeChat;
	beforeEach(async () => (weChat = await startBroadcastWeChat()));
	afterEach(async () => await weChat.server.stop());
	const run = (operation: string, extra: Record<string, unknown> = {}, settings = {}) =>
		runBroadcast(weChat, { resource: 'liveRole', operation, ...extra }, [{}], settings);
	return {
		get weChat() {
			return weChat;
		},
		run,
	};
}
