import type { WorkflowResult } from '../../../testkit/engine/runWorkflow';
import type { FakeTencentChat } from '../../../testkit/servers/fakeTencentChat';
import { chatRunner, useChatOperation } from '../chatOfficialAccount/chatOfficialAccountHarness';

export * from '../chatOfficialAccount/chatOfficialAccountHarness';

/** Runs Emit Items -> the node with resource Chat Account through n8n's engine. */
export const runChatAccount = chatRunner('chatAccount');

/** One Chat Account operation's tests (see useChatOperation). */
export const useAccountOperation = (operation: string) =>
	useChatOperation(runChatAccount, operation);

/** The number of UserIDs in each recorded call of `command`, read from `field` of its body. */
export function batchSizes(server: FakeTencentChat, command: string, field: string): number[] {
	return server.callsTo(command).map((call) => (call.body[field] as unknown[]).length);
}

export function pairedItems(result: WorkflowResult): unknown[] {
	return result.run.data.resultData.runData.WeChat[0].data!.main[0]!.map((item) => item.pairedItem);
}
