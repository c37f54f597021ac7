import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { TencentChatClient } from '../../transport/tencentChatClient';
import type { TransportOptions } from '../../transport/transportOptions';
import { withRateLimitWait } from '../callOptions';
import { forEachItem } from '../forEachItem';
import type { ItemResult } from '../forEachItem';
import type { OperationModule } from '../operation';
import { operationFields } from '../operation';

/**
 * A push operation: each item one push, one after the other (the ration spaces them), with the
 * run's transport, whose clock and caches hold the process's push ledger.
 */
export function tencentItemOperationWithTransport(operation: {
	operation: string;
	properties: INodeProperties[];
	item: (
		ctx: IExecuteFunctions,
		client: TencentChatClient,
		transport: TransportOptions,
		itemIndex: number,
	) => Promise<ItemResult>;
}): OperationModule {
	return {
		description: operationFields('chatPush', operation.operation, operation.properties),
		execute: async function (items, transport) {
			const run = withRateLimitWait(this, transport);
			const client = await TencentChatClient.create(this, run);
			return await forEachItem(
				this,
				items,
				async (itemIndex) => await operation.item(this, client, run, itemIndex),
			);
		},
	};
}
