import type { IDataObject } from 'n8n-workflow';

import { collectFollowers } from '../../../protocol/wechat/liveFollowers';
import { fetchFollowerPage } from '../../transport/weChatApi';
import { filtersCollection } from '../common.descriptions';
import { readOptionalRoomId, roomLocator } from '../liveRoom/roomLocator';
import { maxResultsOf, returnAllFields } from '../returnAllFields';
import { weChatItemOperation } from '../weChatItemOperation';

export const { description, execute } = weChatItemOperation({
	resource: 'liveFollower',
	operation: 'getMany',
	properties: [
		...returnAllFields,
		filtersCollection([
			roomLocator({ description: 'Only followers who subscribed through this live room' }),
		]),
	],
	async item(ctx, client, itemIndex) {
		const filters = ctx.getNodeParameter('filters', itemIndex, {}) as { roomId?: unknown };
		const { followers } = await collectFollowers(fetchFollowerPage(client), {
			maxResults: maxResultsOf(ctx, itemIndex),
			roomId: readOptionalRoomId(ctx, filters.roomId, itemIndex),
		});
		return followers as IDataObject[];
	},
});
