import type { INodeProperties } from 'n8n-workflow';

import type { ResourceModule } from '../operation';
import * as getMany from './getMany.operation';

const operationSelector: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['liveRoom'] } },
	options: [
		{
			name: 'Get Many',
			value: 'getMany',
			description: "Get the Mini Program's live rooms (getliveinfo)",
			action: 'Get many live rooms',
		},
	],
	default: 'getMany',
};

export const liveRoom: ResourceModule = {
	description: [operationSelector, ...getMany.description],
	operations: { getMany: getMany.execute },
};
