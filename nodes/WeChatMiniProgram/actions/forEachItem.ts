import {
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type IPairedItemData,
} from 'n8n-workflow';

import { toNodeError } from '../transport/nodeErrors';

/**
 * The common shape of an operation that answers each input item on its own: run `handle` per item,
 * pair every output with its item, and with "Continue On Fail" turn a failure into an error item.
 */
export async function forEachItem(
	ctx: IExecuteFunctions,
	items: INodeExecutionData[],
	handle: (itemIndex: number) => Promise<IDataObject | IDataObject[]>,
): Promise<INodeExecutionData[]> {
	const output: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const result = await handle(itemIndex);
			for (const json of Array.isArray(result) ? result : [result]) {
				output.push({ json, pairedItem: { item: itemIndex } });
			}
		} catch (error) {
			output.push(errorItemOrThrow(ctx, error, { item: itemIndex }));
		}
	}
	return output;
}

/**
 * The one place a failure of some items becomes n8n's: thrown without "Continue On Fail", else an
 * error item paired with those items. `extra` adds context such as the room id.
 */
export function errorItemOrThrow(
	ctx: IExecuteFunctions,
	error: unknown,
	pairedItem: IPairedItemData | IPairedItemData[],
	extra: IDataObject = {},
): INodeExecutionData {
	const first = Array.isArray(pairedItem) ? pairedItem[0] : pairedItem;
	const nodeError = toNodeError(ctx, error, first?.item);
	if (!ctx.continueOnFail()) throw nodeError;
	return { json: { ...extra, ...errorJson(nodeError) }, pairedItem };
}

export function errorJson(error: Error): IDataObject {
	const description = (error as NodeOperationError).description;
	return description ? { error: error.message, description } : { error: error.message };
}
