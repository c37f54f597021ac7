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

/** A resource's module from its operation selector and its operation modules, keyed by operation value. */
export function resourceModule(
	operationSelector: INodeProperties,
	operations: Record<string, { description: INodeProperties[]; execute: OperationExecutor }>,
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
