import type { INodeProperties } from 'n8n-workflow';

import { authenticationProperties } from './authentication';
import { resources } from './resources';

export { nodeCredentials } from './authentication';

/** The resource selector followed by every resource's operations and fields. */
export const nodeProperties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: Object.values(resources)
			.map(({ option }) => option)
			.sort((a, b) => a.name.localeCompare(b.name)),
		default: 'liveFollower',
	},
	...authenticationProperties,
	...Object.values(resources).flatMap(({ module }) => module.description),
];
