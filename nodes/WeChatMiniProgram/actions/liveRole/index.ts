import type { INodeProperties } from 'n8n-workflow';

import { resourceModule } from '../operation';
import * as add from './add.operation';
import * as getMany from './getMany.operation';
import * as remove from './remove.operation';

const operationSelector: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['liveRole'] } },
	options: [
		{
			name: 'Add',
			value: 'add',
			description: 'Give a member the admin, anchor or operator role',
			action: 'Add live role',
		},
		{
			name: 'Get Many',
			value: 'getMany',
			description: 'List live members and their roles',
			action: 'Get many live roles',
		},
		{
			name: 'Remove',
			value: 'remove',
			description: "Take a member's role away",
			action: 'Remove live role',
		},
	],
	default: 'getMany',
};

const modules = { add, getMany, remove };

export const liveRole = resourceModule(operationSelector, modules);
