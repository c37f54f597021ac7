import { NodeOperationError } from 'n8n-workflow';
import type {
	IBinaryKeyData,
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	IPairedItemData,
} from 'n8n-workflow';

import { runInOrder } from '../../protocol/common/runInOrder';
import { WeChatApiError } from '../../protocol/wechat/apiError';
import { toNodeError } from '../transport/nodeErrors';
import { describeStoppedRun } from './itemRunAccount';
import type { ItemWords } from './itemRunAccount';

export interface ItemRunOptions {
	/** Items handled at once (default 1). */
	inFlight?: number;
	/** How the stop account names the items (default: "item(s) were done"). */
	words?: ItemWords;
}

/** An item's output that carries a file (a code image, a media file) besides its JSON. */
export class OutputWithBinary {
	constructor(
		readonly json: IDataObject,
		readonly binary: IBinaryKeyData,
	) {}
}

/** What one input item answers: one output, several, or one with binary data. */
export type ItemResult = IDataObject | IDataObject[] | OutputWithBinary;

/**
 * The common shape of an operation that answers each input item on its own: run `handle` per item,
 * up to `inFlight` at a time, pair every output with its item, and with "Continue On Fail" turn a
 * failure into an error item. Without it the first failure stops new items from starting; the ones
 * in flight finish, and the error (the first failed item's) says what became of every item.
 */
export async function forEachItem(
	ctx: IExecuteFunctions,
	items: INodeExecutionData[],
	handle: (itemIndex: number) => Promise<ItemResult>,
	options: ItemRunOptions = {},
): Promise<INodeExecutionData[]> {
	const continueOnFail = ctx.continueOnFail();
	const outcomes = await runInOrder({
		inputs: items,
		inFlight: options.inFlight ?? 1,
		run: async (_, itemIndex) => await handle(itemIndex),
		stopOnFailure: !continueOnFail,
	});
	const firstFailure = outcomes.findIndex((outcome) => outcome.state === 'failed');
	if (firstFailure >= 0 && !continueOnFail) {
		const nodeError = toNodeError(
			ctx,
			(outcomes[firstFailure] as { error: unknown }).error,
			firstFailure,
		);
		if (items.length > 1) {
			const account = describeStoppedRun(
				outcomes,
				firstFailure,
				options.words ?? { noun: 'item', done: 'done' },
			);
			nodeError.description = [nodeError.description, account].filter(Boolean).join(' ');
		}
		throw nodeError;
	}
	const output: INodeExecutionData[] = [];
	outcomes.forEach((outcome, itemIndex) => {
		if (outcome.state === 'done') {
			const result = outcome.value;
			if (result instanceof OutputWithBinary) {
				output.push({ json: result.json, binary: result.binary, pairedItem: { item: itemIndex } });
				return;
			}
			for (const json of Array.isArray(result) ? result : [result]) {
				output.push({ json, pairedItem: { item: itemIndex } });
			}
		} else if (outcome.state === 'failed') {
			output.push(errorItemOrThrow(ctx, outcome.error, { item: itemIndex }));
		}
	});
	return output;
}

/**
 * The one place a failure of some items becomes n8n's: thrown without "Continue On Fail", else an
 * error item paired with those items. `extra` adds context such as the room id; a WeChat error's
 * whitelisted details (where to verify a real name) become fields a workflow can pass on.
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
	const details = error instanceof WeChatApiError ? error.details : {};
	return { json: { ...extra, ...details, ...errorJson(nodeError) }, pairedItem };
}

export function errorJson(error: Error): IDataObject {
	const description = (error as NodeOperationError).description;
	return description ? { error: error.message, description } : { error: error.message };
}
