import type { INodeProperties } from 'n8n-workflow';

import { resourceModule } from '../operation';
import * as push from './push.operation';
import * as pushToAllFollowers from './pushToAllFollowers.operation';

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
			description: 'Tell long-term subscribers that a live room has started',
			action: 'Push live start message',
		},
		{
			name: 'Push to All Followers',
			value: 'pushToAllFollowers',
			description: "Tell all of a live room's long-term subscribers that it has started",
			action: 'Push live start message to all followers',
		},
	],
	default: 'push',
};

export const liveMessage = resourceModule(operationSelector, { push, pushToAllFollowers });
