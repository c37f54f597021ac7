import {
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { collectOffsetPages } from '../../../protocol/common/offsetPages';
import { MAX_ROLE_PAGE } from '../../../protocol/wechat/broadcast/pageSizes';
import { memberPages } from '../../transport/weChatApi';
import type { TransportOptions } from '../../transport/transportOptions';
import { WeChatClient } from '../../transport/weChatClient';
import { forEachItem } from '../forEachItem';
import { maxResultsOf, returnAllFields } from '../returnAllFields';

const properties: INodeProperties[] = [
	{
		displayName: 'Role',
		name: 'role',
		type: 'options',
		options: [
			{ name: 'Admin', value: 1 },
			{ name: 'All Members', value: -1 },
			{ name: 'Anchor', value: 2 },
			{ name: 'Operator', value: 3 },
			{ name: 'Super Admin', value: 0 },
		],
		default: -1,
	},
	{
		displayName: 'Search',
		name: 'keyword',
		type: 'string',
		default: '',
		description: 'Only members whose WeChat ID or nickname matches',
	},
	...returnAllFields,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['liveRole'], operation: ['getMany'] } },
	properties,
);

/**
 * One item per member. WeChat masks the WeChat IDs in this list ("o0****0o"), so they cannot be fed
 * back into Add or Remove; that is also why there is no member picker.
 */
export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	transport: TransportOptions,
): Promise<INodeExecutionData[]> {
	const client = await WeChatClient.create(this, transport);
	return await forEachItem(this, items, async (itemIndex) => {
		const role = Number(this.getNodeParameter('role', itemIndex, -1));
		const keyword = String(this.getNodeParameter('keyword', itemIndex, '') ?? '').trim();
		const { items: members } = await collectOffsetPages(memberPages(client, role, keyword), {
			pageSize: MAX_ROLE_PAGE,
			maxResults: maxResultsOf(this, itemIndex),
		});
		return members as IDataObject[];
	});
}
