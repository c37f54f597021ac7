import type { INodeProperties } from 'n8n-workflow';

import type { ResourceModule } from '../operation';
import * as push from './push.operation';

const operationSelector: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['liveMessage'] } },
	options: [
		{
			name: 'Push',
			value: 'push',
			description: 'Tell long-term subscribers that a live room has started (push_message)',
			action: 'Push live start message',
		},
	],
	default: 'push',
};

export const liveMessage: ResourceModule = {
	description: [operationSelector, ...push.description],
	operations: { push: push.execute },
};
