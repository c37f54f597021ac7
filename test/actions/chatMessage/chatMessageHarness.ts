import { chatRunner, useChatOperation } from '../chatOfficialAccount/chatOfficialAccountHarness';

export * from '../chatOfficialAccount/chatOfficialAccountHarness';
export { batchSizes, pairedItems } from '../chatAccount/chatAccountHarness';
export { importUsers } from '../chatGroup/chatGroupHarness';

/** Runs Emit Items -> the node with resource Chat Message through n8n's engine. */
export const runChatMessage = chatRunner('chatMessage');

/** One Chat Message operation's tests (see useChatOperation). */
export const useMessageOperation = (operation: string) =>
	useChatOperation(runChatMessage, operation);
