import type { INodeExecutionData, INodeProperties, IPairedItemData } from 'n8n-workflow';

import { uniqueValues } from '../../../protocol/common/lists';
import { collectFollowers } from '../../../protocol/wechat/liveFollowers';
import { fetchFollowerPage } from '../../transport/weChatApi';
import { WeChatClient } from '../../transport/weChatClient';
import { optionsCollection, rateLimitWaitOption } from '../common.descriptions';
import { errorItemOrThrow } from '../forEachItem';
import { readRoomId, roomLocator } from '../liveRoom/roomLocator';
import { operationFields } from '../operation';
import type { OperationExecutor } from '../operation';
import { RoomPusher } from './roomPushJobs';

const properties: INodeProperties[] = [
	roomLocator({
		required: true,
		description:
			'The live room whose start is announced to every long-term follower who subscribed through it',
	}),
	optionsCollection([rateLimitWaitOption]),
];

export const description = operationFields('liveMessage', 'pushToAllFollowers', properties);

/**
 * Reads all followers of each room named by the input items (once per room, however many items
 * name it) and pushes to them with the same batching, pacing and reporting as Push.
 */
export const execute: OperationExecutor = async function (items, transport) {
	const output: INodeExecutionData[] = [];
	const rooms = new Map<number, IPairedItemData[]>();
	items.forEach((_, itemIndex) => {
		try {
			const roomId = readRoomId(this, 'roomId', itemIndex);
			rooms.set(roomId, [...(rooms.get(roomId) ?? []), { item: itemIndex }]);
		} catch (error) {
			output.push(errorItemOrThrow(this, error, { item: itemIndex }));
		}
	});
	const client = await WeChatClient.create(this, transport);
	const fetchPage = fetchFollowerPage(client);
	const pusher = new RoomPusher(this, client, transport);
	for (const [roomId, pairedItem] of rooms) {
		let openids: string[];
		try {
			const { followers } = await collectFollowers(fetchPage, { roomId });
			openids = uniqueValues(followers.map((follower) => follower.openid));
		} catch (error) {
			// Reading followers sends nothing, so a failure here leaves this room untouched.
			output.push(errorItemOrThrow(this, error, pairedItem, { roomId }));
			continue;
		}
		if (openids.length === 0) {
			output.push({ json: { roomId, status: 'noFollowers', count: 0 }, pairedItem });
			continue;
		}
		output.push(...(await pusher.push({ roomId, openids, pairedItem })));
	}
	return output;
};
