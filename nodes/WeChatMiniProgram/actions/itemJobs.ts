import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { BatchFailure } from '../../protocol/common/batchRunner';
import { listValue, splitList } from '../../protocol/common/lists';
import { OutcomeUnknownError } from '../../protocol/common/outcomeUnknownError';
import { errorItemOrThrow } from './forEachItem';
import { readOncePerNodeUnlessExpression } from './readOncePerNode';

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
	/** The target's parameter (the room, the official account), and how an item's is read and checked (throws a NodeOperationError for a bad one). */
	targetParameter: string;
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
	const readTarget = readOncePerNodeUnlessExpression(
		ctx,
		source.targetParameter,
		source.readTarget,
	);
	const readFieldName = readOncePerNodeUnlessExpression(
		ctx,
		source.fieldParameter,
		(itemIndex) => ctx.getNodeParameter(source.fieldParameter, itemIndex) as string,
	);
	const jobs = new Map<unknown, ItemJob<K>>();
	const errorItems: INodeExecutionData[] = [];
	items.forEach((item, itemIndex) => {
		let target: K;
		let raw: unknown[];
		try {
			target = readTarget(itemIndex);
			raw = perItem
				? splitList(ctx.getNodeParameter(source.listParameter, itemIndex))
				: readField(ctx, item, itemIndex, readFieldName(itemIndex), source);
		} catch (error) {
			errorItems.push(errorItemOrThrow(ctx, error, { item: itemIndex }));
			return;
		}
		const key = perItem ? itemIndex : target;
		let job = jobs.get(key);
		if (!job) jobs.set(key, (job = emptyJob(target)));
		addToJob(job, itemIndex, raw);
	});
	return { jobs: [...jobs.values()], errorItems };
}

/** A job for one target, before any item is added. */
export function emptyJob<K>(target: K): ItemJob<K> {
	return { target, values: [], itemIndexes: [], origin: new Map() };
}

/**
 * Adds an input item and its values to a job, in input order: the first item each value came
 * from, and each value once (empty ones dropped).
 */
export function addToJob<K>(job: ItemJob<K>, itemIndex: number, values: unknown[]): void {
	job.itemIndexes.push(itemIndex);
	for (const value of values) {
		const text = listValue(value);
		if (text && !job.origin.has(text)) {
			job.origin.set(text, itemIndex);
			job.values.push(text);
		}
	}
}

function readField<K>(
	ctx: IExecuteFunctions,
	item: INodeExecutionData,
	itemIndex: number,
	field: string,
	source: ValueSource<K>,
): unknown[] {
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

/** One job's results, and the error that stops the run when the job failed. */
export interface JobOutcome<R> {
	results: R[];
	stoppedBy?: () => NodeOperationError;
}

/**
 * Runs the jobs in turn: one output item per result, paired with the item its value came from.
 * A failed job stops the run with its error, unless "Continue On Fail".
 */
export async function outputPerValue<K, R extends object>(
	ctx: IExecuteFunctions,
	jobs: Array<ItemJob<K>>,
	errorItems: INodeExecutionData[],
	run: (job: ItemJob<K>) => Promise<JobOutcome<R>>,
	valueOf: (result: R) => string,
): Promise<INodeExecutionData[]> {
	const output: INodeExecutionData[] = [...errorItems];
	for (const job of jobs) {
		const { results, stoppedBy } = await run(job);
		if (stoppedBy && !ctx.continueOnFail()) throw stoppedBy();
		for (const result of results) {
			output.push({
				json: result as unknown as IDataObject,
				pairedItem: { item: job.origin.get(valueOf(result)) ?? job.itemIndexes[0] },
			});
		}
	}
	return output;
}
