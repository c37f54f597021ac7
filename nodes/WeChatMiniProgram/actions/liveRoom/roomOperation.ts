import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { WeChatClient } from '../../transport/weChatClient';
import type { ItemResult } from '../forEachItem';
import { weChatItemOperation } from '../weChatItemOperation';
import { readRoomId, roomLocator } from './roomLocator';

/**
 * An operation on one live room an item (Live Room, Live Room Goods): the required Room picker,
 * `room` saying which room it is, then the operation's own `fields`. `item` gets the room's ID,
 * read and checked first.
 */
export function roomOperation(spec: {
	resource: 'liveRoom' | 'liveRoomGoods';
	operation: string;
	room: string;
	fields?: INodeProperties[];
	item: (
		ctx: IExecuteFunctions,
		client: WeChatClient,
		itemIndex: number,
		roomId: number,
	) => Promise<ItemResult>;
}) {
	return weChatItemOperation({
		resource: spec.resource,
		operation: spec.operation,
		properties: [roomLocator({ required: true, description: spec.room }), ...(spec.fields ?? [])],
		async item(ctx, client, itemIndex) {
			return await spec.item(ctx, client, itemIndex, readRoomId(ctx, 'roomId', itemIndex));
		},
	});
}
