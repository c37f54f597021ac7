import type { WorkflowResult } from '../../../testkit/engine/runWorkflow';
import type { FakeTencentChat } from '../../../testkit/servers/fakeTencentChat';
import { chatRunner } from '../chatOfficialAccount/chatOfficialAccountHarness';

export {
	startChatServer,
	useChatServer,
	users,
} from '../chatOfficialAccount/chatOfficialAccountHarness';

/** Runs Emit Items -> the node with resource Chat Account through n8n's engine. */
export const runChatAccount = chatRunner('chatAccount');

/** The number of UserIDs in each recorded call of `command`, read from `field` of its body. */
export function batchSizes(server: FakeTencentChat, command: string, field: string): number[] {
	return server.callsTo(command).map((call) => (call.body[field] as unknown[]).length);
}

export function pairedItems(result: WorkflowResult): unknown[] {
	return result.run.data.resultData.runData.WeChat[0].data!.main[0]!.map((item) => item.pairedItem);
}
