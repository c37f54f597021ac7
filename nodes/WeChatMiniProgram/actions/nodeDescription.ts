import type { INodeCredentialDescription, INodeProperties } from 'n8n-workflow';

import { resources } from './resources';

const TENCENT_RESOURCES = ['chatOfficialAccount'];

/** Tencent Cloud Chat resources use their own credential; everything else talks to WeChat. */
export const nodeCredentials: INodeCredentialDescription[] = [
	{
		name: 'weChatMiniProgramApi',
		required: true,
		displayOptions: { hide: { resource: TENCENT_RESOURCES } },
	},
	{
		name: 'tencentChatApi',
		required: true,
		displayOptions: { show: { resource: TENCENT_RESOURCES } },
	},
];

/** The resource selector followed by every resource's operations and fields. */
export const nodeProperties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: Object.values(resources).map(({ option }) => option),
		default: 'liveFollower',
	},
	...Object.values(resources).flatMap(({ module }) => module.description),
];
