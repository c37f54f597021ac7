import { NodeOperationError, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';

import type { BatchFailure } from '../../protocol/common/batchRunner';
import { splitList, uniqueValues } from '../../protocol/common/lists';
import { OutcomeUnknownError } from '../../protocol/common/outcomeUnknownError';
import { errorItemOrThrow } from './forEachItem';

/** The values (openids, UserIDs) to send for one target (a room, an official account). */
export interface ItemJob<K> {
	target: K;
	values: string[];
	/** Every input item of the job, in order. */
	itemIndexes: number[];
	/** The first input item each value came from. */
	origin: Map<string, number>;
}

/** Where a batch operation reads its values: the parameter names and their words in errors. */
export interface ValueSource<K> {
	/** What one value is, in an error: "the openid", "the UserID". */
	noun: string;
	/** The display name of the field parameter, e.g. "Openid Field". */
	fieldLabel: string;
	/** Parameters: the source switch, the per-item list, the field of "All Input Items". */
	sourceParameter: string;
	listParameter: string;
	fieldParameter: string;
	/** Reads and checks the target of an item (throws a NodeOperationError for a bad one). */
	readTarget: (itemIndex: number) => K;
}

/**
 * Groups the input items into jobs: one per item ("List in Each Item"), or one per target over
 * all items ("All Input Items"). An item that cannot be read stops the run, or with "Continue On
 * Fail" becomes an error item while the others go on.
 */
export function collectItemJobs<K>(
	ctx: IExecuteFunctions,
	items: INodeExecutionData[],
	source: ValueSource<K>,
): { jobs: ItemJob<K>[]; errorItems: INodeExecutionData[] } {
	const perItem = ctx.getNodeParameter(source.sourceParameter, 0) === 'list';
	const jobs = new Map<unknown, Omit<ItemJob<K>, 'values'> & { raw: unknown[] }>();
	const errorItems: INodeExecutionData[] = [];
	items.forEach((item, itemIndex) => {
		let target: K;
		let raw: unknown[];
		try {
			target = source.readTarget(itemIndex);
			raw = perItem
				? splitList(ctx.getNodeParameter(source.listParameter, itemIndex))
				: readField(ctx, item, itemIndex, source);
		} catch (error) {
			errorItems.push(errorItemOrThrow(ctx, error, { item: itemIndex }));
			return;
		}
		const key = perItem ? itemIndex : target;
		const job = jobs.get(key) ?? {
			target,
			raw: [] as unknown[],
			itemIndexes: [] as number[],
			origin: new Map<string, number>(),
		};
		job.raw.push(...raw);
		job.itemIndexes.push(itemIndex);
		for (const value of uniqueValues(raw)) {
			if (!job.origin.has(value)) job.origin.set(value, itemIndex);
		}
		jobs.set(key, job);
	});
	const all = [...jobs.values()].map(({ raw, ...job }) => ({ ...job, values: uniqueValues(raw) }));
	return { jobs: all, errorItems };
}

function readField<K>(
	ctx: IExecuteFunctions,
	item: INodeExecutionData,
	itemIndex: number,
	source: ValueSource<K>,
): unknown[] {
	const field = ctx.getNodeParameter(source.fieldParameter, itemIndex) as string;
	const value = item.json[field];
	if (value === undefined || value === null || value === '') {
		throw new NodeOperationError(ctx.getNode(), `Item ${itemIndex} has no "${field}" field`, {
			itemIndex,
			description: `Set "${source.fieldLabel}" to the field that holds ${source.noun}, or remove items without one.`,
		});
	}
	return Array.isArray(value) ? value : [value];
}

/**
 * The error that stops a batch job without "Continue On Fail": which batch failed and why, and
 * in its description an exact account of every batch so far.
 */
export function stoppedAtBatch(
	ctx: IExecuteFunctions,
	job: string,
	stopped: { batch: number; batchCount: number; error?: string },
	summary: string,
	itemIndex: number | undefined,
): NodeOperationError {
	return new NodeOperationError(
		ctx.getNode(),
		`${job} stopped at batch ${stopped.batch} of ${stopped.batchCount}: ${stopped.error}`,
		{ description: summary, itemIndex },
	);
}

/** How a failed batch call is reported: outcomeUnknown when the service may have acted on it. */
export function describeBatchError(error: unknown): BatchFailure {
	return {
		status: error instanceof OutcomeUnknownError ? 'outcomeUnknown' : 'failed',
		message: error instanceof Error ? error.message : String(error),
	};
}
