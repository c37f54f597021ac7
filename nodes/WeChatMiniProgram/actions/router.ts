import { NodeOperationError } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { withNodeErrors } from '../transport/nodeErrors';
import type { TransportOptions } from '../transport/transportOptions';
import { withRateLimitWait } from './callOptions';
import { runPerAuthorizer } from './perAuthorizer';
import { resources } from './resources';

export async function router(
	this: IExecuteFunctions,
	transport: TransportOptions,
): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const resource = this.getNodeParameter('resource', 0) as string;
	const operation = this.getNodeParameter('operation', 0) as string;
	const execute = resources[resource]?.module.operations[operation];
	if (!execute) {
		throw new NodeOperationError(
			this.getNode(),
			`The operation "${operation}" of "${resource}" is not supported`,
		);
	}
	const runTransport = withRateLimitWait(this, transport);
	return [
		await withNodeErrors(
			this,
			async () => await runPerAuthorizer(this, items, execute, runTransport),
		),
	];
}
