import { NodeConnectionTypes, type INodeTypeDescription } from 'n8n-workflow';

import { resources } from './resources';

const TENCENT_RESOURCES = ['chatOfficialAccount'];

export const versionDescription: INodeTypeDescription = {
	displayName: 'WeChat Mini Program',
	name: 'weChatMiniProgram',
	icon: { light: 'file:wechat.svg', dark: 'file:wechat.dark.svg' },
	group: ['output'],
	version: 1,
	subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
	description: 'Live broadcast followers and pushes, subscription messages and Tencent Cloud Chat official accounts',
	defaults: { name: 'WeChat Mini Program' },
	usableAsTool: true,
	inputs: [NodeConnectionTypes.Main],
	outputs: [NodeConnectionTypes.Main],
	credentials: [
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
	],
	properties: [
		{
			displayName: 'Resource',
			name: 'resource',
			type: 'options',
			noDataExpression: true,
			options: Object.values(resources).map(({ option }) => option),
			default: 'liveFollower',
		},
		...Object.values(resources).flatMap(({ module }) => module.description),
	],
};
