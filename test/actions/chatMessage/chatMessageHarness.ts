import type { IDataObject, INode } from 'n8n-workflow';

import type { WorkflowResult } from '../../../testkit/engine/runWorkflow';
import type { FakeTencentChat } from '../../../testkit/servers/fakeTencentChat';
import { runChat } from '../chatOfficialAccount/chatOfficialAccountHarness';

export { startChatServer, users } from '../chatOfficialAccount/chatOfficialAccountHarness';
export { batchSizes, pairedItems } from '../chatAccount/chatAccountHarness';
export { importUsers } from '../chatGroup/chatGroupHarness';

/** Runs Emit Items -> the node with resource Chat Message through n8n's engine. */
export async function runChatMessage(
	server: FakeTencentChat,
	items: IDataObject[],
	parameters: INode['parameters'],
	options: { settings?: Partial<INode> } = {},
): Promise<WorkflowResult> {
	return await runChat(server, items, { resource: 'chatMessage', ...parameters }, options);
}
