import { updateDisplayOptions } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { TransportOptions } from '../transport/transportOptions';

/** Runs one operation over all input items and returns its output items (each with pairedItem). */
export type OperationExecutor = (
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	transport: TransportOptions,
) => Promise<INodeExecutionData[]>;

export interface ResourceModule {
	/** The resource's operation selector followed by every operation's own fields. */
	description: INodeProperties[];
	operations: Record<string, OperationExecutor>;
}

/** An operation's module: its fields (shown only when it is selected) and its execute. */
export interface OperationModule {
	description: INodeProperties[];
	execute: OperationExecutor;
}

/**
 * An operation's own fields, shown only when its resource and it are selected: the description of
 * an operation whose execute runs over all the input items itself (batches across items, one call
 * for the run, binary output, every item checked before the first call). Most operations answer
 * each item on its own and are built by itemOperation instead.
 */
export function operationFields(
	resource: string,
	operation: string,
	properties: INodeProperties[],
): INodeProperties[] {
	return updateDisplayOptions(
		{ show: { resource: [resource], operation: [operation] } },
		properties,
	);
}

/** A resource's module from its operation selector and its operation modules, keyed by operation value. */
export function resourceModule(
	operationSelector: INodeProperties,
	operations: Record<string, OperationModule>,
): ResourceModule {
	return {
		description: [
			operationSelector,
			...Object.values(operations).flatMap((operation) => operation.description),
		],
		operations: Object.fromEntries(
			Object.entries(operations).map(([name, operation]) => [name, operation.execute]),
		),
	};
}
