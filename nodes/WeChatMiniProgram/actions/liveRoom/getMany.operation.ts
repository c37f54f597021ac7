import type { IDataObject } from 'n8n-workflow';

import { collectOffsetPages } from '../../../protocol/common/offsetPages';
import { MAX_LIVE_ROOMS_PER_PAGE } from '../../../protocol/wechat/liveRooms';
import { fetchLiveRoomPage } from '../../transport/weChatApi';
import { maxResultsOf, returnAllFields } from '../returnAllFields';
import { weChatItemOperation } from '../weChatItemOperation';

export const { description, execute } = weChatItemOperation({
	resource: 'liveRoom',
	operation: 'getMany',
	properties: returnAllFields,
	async item(ctx, client, itemIndex) {
		const { items: rooms } = await collectOffsetPages(fetchLiveRoomPage(client), {
			pageSize: MAX_LIVE_ROOMS_PER_PAGE,
			maxResults: maxResultsOf(ctx, itemIndex),
		});
		return rooms as IDataObject[];
	},
});
