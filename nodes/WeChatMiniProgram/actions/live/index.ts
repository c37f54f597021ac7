import type { INodeProperties } from 'n8n-workflow';

import type { ResourceModule } from '../operation';
import * as apply from './apply.operation';

const operationSelector: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['live'] } },
	options: [
		{
			name: 'Apply for Live Capability',
			value: 'apply',
			description: "Apply for the live broadcast capability on a merchant's behalf",
			action: 'Apply for live capability',
		},
	],
	default: 'apply',
};

export const live: ResourceModule = {
	description: [operationSelector, ...apply.description],
	operations: { apply: apply.execute },
};
