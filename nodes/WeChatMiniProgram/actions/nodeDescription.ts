import type { INodeCredentialDescription, INodeProperties } from 'n8n-workflow';

import { resources } from './resources';

const TENCENT_RESOURCES = ['chatOfficialAccount'];
/** Resources that call no API (answering the trigger's callback) need no credential. */
const NO_CREDENTIAL_RESOURCES = ['chatCallback'];

/** Tencent Cloud Chat resources use their own credential; everything else talks to WeChat. */
export const nodeCredentials: INodeCredentialDescription[] = [
	{
		name: 'weChatMiniProgramApi',
		required: true,
		displayOptions: { hide: { resource: [...TENCENT_RESOURCES, ...NO_CREDENTIAL_RESOURCES] } },
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
