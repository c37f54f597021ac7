import type { INodeProperties } from 'n8n-workflow';

import { applyForLiveCapability } from '../../transport/weChatApi';
import { WeChatClient } from '../../transport/weChatClient';
import { forEachItem } from '../forEachItem';
import { operationFields } from '../operation';
import type { OperationExecutor } from '../operation';

const properties: INodeProperties[] = [
	{
		displayName:
			'WeChat then asks the Mini Program administrator to accept the live broadcast terms within 24 hours. The result arrives as a "Live Capability Applied" event on the WeChat Mini Program Trigger.',
		name: 'applyNotice',
		type: 'notice',
		default: '',
	},
];

export const description = operationFields('live', 'apply', properties);

export const execute: OperationExecutor = async function (items, transport) {
	const client = await WeChatClient.create(this, transport);
	return await forEachItem(this, items, async () => {
		const { action, errmsg } = await applyForLiveCapability(client);
		return { action, status: 'awaitingAdministrator', errcode: 0, errmsg };
	});
};
