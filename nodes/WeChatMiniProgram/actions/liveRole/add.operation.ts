import {
	updateDisplayOptions,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { addRole } from '../../transport/weChatApi';
import type { TransportOptions } from '../../transport/transportOptions';
import { WeChatClient } from '../../transport/weChatClient';
import { forEachItem } from '../forEachItem';
import { memberWeChatIdField, readMember, roleField } from './roleFields';

const properties: INodeProperties[] = [memberWeChatIdField, roleField];

export const description = updateDisplayOptions(
	{ show: { resource: ['liveRole'], operation: ['add'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	transport: TransportOptions,
): Promise<INodeExecutionData[]> {
	const client = await WeChatClient.create(this, transport);
	return await forEachItem(this, items, async (itemIndex) => {
		const { username, role } = readMember(this, itemIndex, 'role/addrole');
		await addRole(client, username, role);
		return { username, role, added: true };
	});
}
