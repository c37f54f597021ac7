import type { INodeProperties } from 'n8n-workflow';

import { resourceModule } from '../operation';
import * as getMany from './getMany.operation';

const operationSelector: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['liveFollower'] } },
	options: [
		{
			name: 'Get Many',
			value: 'getMany',
			description: "Get the live broadcasts' long-term subscribers",
			action: 'Get many live followers',
		},
	],
	default: 'getMany',
};

export const liveFollower = resourceModule(operationSelector, { getMany });
