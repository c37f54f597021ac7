import type { INodeProperties } from 'n8n-workflow';

import { resourceModule } from '../operation';
import * as send from './send.operation';

const operationSelector: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['subscribeMessage'] } },
	options: [
		{
			name: 'Send',
			value: 'send',
			description: 'Send a subscription message to a user who accepted its template',
			action: 'Send subscribe message',
		},
	],
	default: 'send',
};

export const subscribeMessage = resourceModule(operationSelector, { send });
