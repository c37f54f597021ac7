import { chatRunner } from '../chatOfficialAccount/chatOfficialAccountHarness';

export { startChatServer, users } from '../chatOfficialAccount/chatOfficialAccountHarness';
export { batchSizes, pairedItems } from '../chatAccount/chatAccountHarness';
export { importUsers } from '../chatGroup/chatGroupHarness';

/** Runs Emit Items -> the node with resource Chat Message through n8n's engine. */
export const runChatMessage = chatRunner('chatMessage');
