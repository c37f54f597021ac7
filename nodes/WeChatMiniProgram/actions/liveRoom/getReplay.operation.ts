import { collectOffsetPages } from '../../../protocol/common/offsetPages';
import { MAX_REPLAY_PAGE } from '../../../protocol/wechat/broadcast/pageSizes';
import { replayPages } from '../../transport/weChatApi';
import { weChatItemOperation } from '../weChatItemOperation';
import { maxResultsOf, returnAllFields } from '../returnAllFields';
import { readRoomId, roomLocator } from './roomLocator';

export const { description, execute } = weChatItemOperation({
	resource: 'liveRoom',
	operation: 'getReplay',
	properties: [
		roomLocator({ required: true, description: 'The room whose replay videos to read' }),
		...returnAllFields,
	],
	async item(ctx, client, itemIndex) {
		const roomId = readRoomId(ctx, 'roomId', itemIndex);
		const { items: replays } = await collectOffsetPages(replayPages(client, roomId), {
			pageSize: MAX_REPLAY_PAGE,
			maxResults: maxResultsOf(ctx, itemIndex),
		});
		return replays.map((replay) => ({ roomId, ...replay }));
	},
});
