import {
	chatRunner,
	startChatServer,
	useChatOperation,
} from '../chatOfficialAccount/chatOfficialAccountHarness';
import type { FakeTencentChat } from '../../../testkit/servers/fakeTencentChat';
import { useWorld } from '../operationHarness';
import { importUsers } from '../chatGroup/chatGroupHarness';

export * from '../chatOfficialAccount/chatOfficialAccountHarness';
export { batchSizes, pairedItems } from '../chatAccount/chatAccountHarness';
export { importUsers } from '../chatGroup/chatGroupHarness';

/** Runs Emit Items -> the node with resource Chat Message through n8n's engine. */
export const runChatMessage = chatRunner('chatMessage');

/** One Chat Message operation's tests (see useChatOperation). */
export const useMessageOperation = (operation: string) =>
	useChatOperation(runChatMessage, operation);

/** A fresh local Tencent Cloud Chat for each test of the calling describe block, `ids` imported. */
export function useChatUsers(ids: string[]): () => FakeTencentChat {
	const world = useWorld(async () => {
		const server = await startChatServer();
		importUsers(server, ids);
		return { server };
	});
	return () => world().server;
}
