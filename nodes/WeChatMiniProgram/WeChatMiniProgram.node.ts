import { NodeConnectionTypes } from 'n8n-workflow';
import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';

import { nodeCredentials, nodeProperties } from './actions/nodeDescription';
import { router } from './actions/router';
import { editorMethods } from './methods';
import { transportOptions } from './transport/transportOptions';
import type { TransportOptions } from './transport/transportOptions';

export class WeChatMiniProgram implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'WeChat Mini Program',
		name: 'weChatMiniProgram',
		icon: { light: 'file:wechat.svg', dark: 'file:wechat.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Customer service, order shipping, codes, links and analytics, live broadcasts, subscription messages and Tencent Cloud Chat accounts, messages, groups and pushes',
		defaults: { name: 'WeChat Mini Program' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: nodeCredentials,
		properties: nodeProperties,
	};

	readonly methods: ReturnType<typeof editorMethods>;

	readonly execute: (this: IExecuteFunctions) => Promise<INodeExecutionData[][]>;

	/** n8n builds the node with no options (production values); tests pass shorter waits and their own caches. */
	constructor(options: Partial<TransportOptions> = {}) {
		const transport = transportOptions(options);
		this.methods = editorMethods(transport);
		this.execute = async function (this: IExecuteFunctions) {
			return await router.call(this, transport);
		};
	}
}
