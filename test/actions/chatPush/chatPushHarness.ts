import type { IDataObject, INode } from 'n8n-workflow';

import { nextPushDay } from '../../../nodes/protocol/tencent/pushRation';
import { virtualClock } from '../../../testkit/clock/defaultClock';
import type { WorkflowResult } from '../../../testkit/engine/runWorkflow';
import type { FakeTencentChat } from '../../../testkit/servers/fakeTencentChat';
import { runChat } from '../chatOfficialAccount/chatOfficialAccountHarness';

export { startChatServer } from '../chatOfficialAccount/chatOfficialAccountHarness';

/** Runs Emit Items -> the node with resource Chat Push through n8n's engine. */
export async function runChatPush(
	server: FakeTencentChat,
	items: IDataObject[],
	parameters: INode['parameters'],
	options: { settings?: Partial<INode> } = {},
): Promise<WorkflowResult> {
	return await runChat(server, items, { resource: 'chatPush', ...parameters }, options);
}

/** Moves the virtual clock to 01:00 of a fresh ration day (China Standard Time); resolves that time. */
export function startOfFreshPushDay(): number {
	const clock = virtualClock();
	clock.advanceTo(nextPushDay(clock.now()) + 3_600_000);
	return clock.now();
}
