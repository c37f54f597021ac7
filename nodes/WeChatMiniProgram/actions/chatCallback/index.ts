import type { INodeProperties } from 'n8n-workflow';

import { resourceModule } from '../operation';
import * as answer from './answer.operation';

const operationSelector: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['chatCallback'] } },
	options: [
		{
			name: 'Answer Before-Callback',
			value: 'answer',
			description:
				'Allow, refuse or change what Tencent Cloud Chat asked about (needs the trigger set to answer from the workflow)',
			action: 'Answer before callback',
		},
	],
	default: 'answer',
};

/** Tencent Cloud Chat callbacks received by the trigger; no credential is needed to answer them. */
export const chatCallback = resourceModule(operationSelector, { answer });
