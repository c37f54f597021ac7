import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { itemsIntoWeChatNode, runWorkflow } from '../../testkit/engine/runWorkflow';
import { weChatCredentials } from '../../testkit/servers/fakeWeChat/credentials';
import type { FakeWeChatServer } from '../../testkit/servers/fakeWeChat/server';

/**
 * Runs the WeChat node's `resource` over `items` through n8n's engine against `server`; `items`
 * are the node's output items of its last run (binary and pairedItem included).
 */
export async function runWeChatResource(
	server: FakeWeChatServer,
	resource: string,
	items: IDataObject[],
	parameters: Record<string, unknown>,
	nodeSettings: Record<string, unknown> = {},
) {
	const result = await runWorkflow(
		itemsIntoWeChatNode(
			items,
			{ resource, ...parameters } as never,
			weChatCredentials(server),
			nodeSettings,
		),
	);
	const runs = result.run.data.resultData.runData.WeChat;
	const output: INodeExecutionData[] = runs?.[runs.length - 1]?.data?.main[0] ?? [];
	return { ...result, items: output };
}

/** The input item an error names (n8n shows it as "item N"). */
export function itemOf(error: unknown): number | undefined {
	return (error as { context?: { itemIndex?: number } } | undefined)?.context?.itemIndex;
}
