import {
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeProperties,
} from 'n8n-workflow';

import { WeChatClient } from '../transport/weChatClient';
import { forEachItem } from './forEachItem';
import type { OperationExecutor } from './operation';

export interface WeChatItemOperation {
	resource: string;
	operation: string;
	/** The operation's own fields, shown only when it is selected. */
	properties: INodeProperties[];
	/**
	 * Answers one input item: reads and checks its parameters, makes its WeChat calls (whose
	 * errcodes and idempotency live in transport/weChatApi) and returns its output.
	 */
	item: (
		ctx: IExecuteFunctions,
		client: WeChatClient,
		itemIndex: number,
	) => Promise<IDataObject | IDataObject[]>;
}

/**
 * The shape most live broadcast operations share: fields shown for one resource and operation,
 * one WeChat client per execution, and each input item answered on its own by forEachItem
 * (paired output, Continue On Fail). Operations with another shape (binary output, batches)
 * write their execute themselves.
 */
export function weChatItemOperation(operation: WeChatItemOperation): {
	description: INodeProperties[];
	execute: OperationExecutor;
} {
	return {
		description: updateDisplayOptions(
			{ show: { resource: [operation.resource], operation: [operation.operation] } },
			operation.properties,
		),
		execute: async function (items, transport) {
			const client = await WeChatClient.create(this, transport);
			return await forEachItem(
				this,
				items,
				async (itemIndex) => await operation.item(this, client, itemIndex),
			);
		},
	};
}
