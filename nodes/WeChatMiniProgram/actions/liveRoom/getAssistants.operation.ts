import {
	updateDisplayOptions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { getAssistants } from '../../transport/weChatApi';
import type { TransportOptions } from '../../transport/transportOptions';
import { WeChatClient } from '../../transport/weChatClient';
import { forEachItem } from '../forEachItem';
import { readRoomId, roomLocator } from './roomLocator';

const properties: INodeProperties[] = [
	roomLocator({ required: true, description: 'The room whose assistants to list' }),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['liveRoom'], operation: ['getAssistants'] } },
	properties,
);

/** One item per assistant; getassistantlist answers the whole list at once (no paging). */
export async function execute(
	this: IExecuteFunctions,
	items: INodeExecutionData[],
	transport: TransportOptions,
): Promise<INodeExecutionData[]> {
	const client = await WeChatClient.create(this, transport);
	return await forEachItem(this, items, async (itemIndex) => {
		const roomId = readRoomId(this, 'roomId', itemIndex);
		const answer = await getAssistants(client, roomId);
		const list = Array.isArray(answer.list) ? (answer.list as IDataObject[]) : [];
		return list.map((assistant) => ({ roomId, ...assistant }));
	});
}
