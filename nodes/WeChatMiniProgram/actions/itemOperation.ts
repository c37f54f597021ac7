import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { TransportOptions } from '../transport/transportOptions';
import { forEachItem } from './forEachItem';
import type { ItemResult } from './forEachItem';
import type { ItemWords } from './itemRunAccount';
import type { OperationModule } from './operation';
import { operationFields } from './operation';

export interface ItemOperation<Client> {
	resource: string;
	operation: string;
	/** The operation's own fields, shown only when it is selected. */
	properties: INodeProperties[];
	/** How many items are answered at once, read once per run (default 1: one after the other). */
	inFlight?: (ctx: IExecuteFunctions) => number;
	/** How a stopped run's account names the items (default: "item(s) were done"). */
	words?: ItemWords;
	/**
	 * Answers one input item: reads and checks its parameters, makes its API calls (whose error
	 * codes and idempotency live in transport/) and returns its output.
	 */
	item: (ctx: IExecuteFunctions, client: Client, itemIndex: number) => Promise<ItemResult>;
}

export type ClientFactory<Client> = (
	ctx: IExecuteFunctions,
	transport: TransportOptions,
) => Promise<Client>;

/**
 * The shape most operations share, on either platform: fields shown for one resource and
 * operation, one API client per execution, and each input item answered on its own by forEachItem
 * (paired output, Continue On Fail; an OutputWithBinary carries a file). Operations with another
 * shape (batches over all items, state kept across items) write their execute themselves.
 */
export function itemOperation<Client>(
	createClient: ClientFactory<Client>,
	operation: ItemOperation<Client>,
): OperationModule {
	return {
		description: operationFields(operation.resource, operation.operation, operation.properties),
		execute: async function (items, transport) {
			const client = await createClient(this, transport);
			return await forEachItem(
				this,
				items,
				async (itemIndex) => await operation.item(this, client, itemIndex),
				{ inFlight: operation.inFlight?.(this), words: operation.words },
			);
		},
	};
}
