import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { nodeCredentials, nodeProperties } from './actions/nodeDescription';
import { router } from './actions/router';
import { searchApprovedLiveGoods, searchLiveGoods, searchLiveRooms } from './methods/listSearch';
import { getSubscribeTemplates, getTemplateCategories } from './methods/loadOptions';
import { getTemplateDataFields } from './methods/resourceMapping';

export class WeChatMiniProgram implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'WeChat Mini Program',
		name: 'weChatMiniProgram',
		icon: { light: 'file:wechat.svg', dark: 'file:wechat.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Live broadcast rooms, goods, followers and pushes, subscription messages and Tencent Cloud Chat official accounts',
		defaults: { name: 'WeChat Mini Program' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: nodeCredentials,
		properties: nodeProperties,
	};

	methods = {
		listSearch: { searchApprovedLiveGoods, searchLiveGoods, searchLiveRooms },
		loadOptions: { getSubscribeTemplates, getTemplateCategories },
		resourceMapping: { getTemplateDataFields },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
