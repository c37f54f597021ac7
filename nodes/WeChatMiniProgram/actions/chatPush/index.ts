import type { INodeProperties } from 'n8n-workflow';

import { resourceModule } from '../operation';
import * as pushToAll from './pushToAll.operation';
import * as pushToTags from './pushToTags.operation';

const operationSelector: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['chatPush'] } },
	options: [
		{
			name: 'Push to All (Rationed)',
			value: 'pushToAll',
			description: 'Push a message to every user: at most 100 pushes a day, 1 a second',
			action: 'Push to all chat users',
		},
		{
			name: 'Push to Tags (Rationed)',
			value: 'pushToTags',
			description:
				'Push a message to users with given tags or attributes: shares the ration of 100 a day, 1 a second',
			action: 'Push to tagged chat users',
		},
	],
	default: 'pushToAll',
};

export const chatPush = resourceModule(operationSelector, { pushToAll, pushToTags });
