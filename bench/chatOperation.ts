import type { IDataObject, INode } from 'n8n-workflow';

import { itemsIntoWeChatNode, runWorkflow } from '../testkit/engine/runWorkflow';
import { tencentChatCredentials } from '../testkit/servers/fakeTencent/credentials';
import type { FakeTencentChat } from '../testkit/servers/fakeTencentChat';

/**
 * One Tencent Cloud Chat operation (`parameters`) on every item through n8n-core's engine against
 * the local Tencent Cloud Chat. Every item must come out with `status` (else it throws, naming
 * `what`); gives what measure() counts: the items and the calls to `api`.
 */
export async function runChatOperation(
	server: FakeTencentChat,
	items: IDataObject[],
	parameters: INode['parameters'],
	expected: { status: string; what: string; api: string },
): Promise<{ items: number; calls: number }> {
	const result = await runWorkflow(
		itemsIntoWeChatNode(items, parameters, tencentChatCredentials(server)),
	);
	if (result.error) throw result.error;
	const done = result.output('WeChat').filter((item) => item.status === expected.status).length;
	if (done !== items.length)
		throw new Error(`only ${done} of ${items.length} ${expected.what} were ${expected.status}`);
	return { items: done, calls: server.callsTo(expected.api).length };
}
