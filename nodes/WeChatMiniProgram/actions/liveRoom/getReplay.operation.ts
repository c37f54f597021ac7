import { collectOffsetPages } from '../../../protocol/common/offsetPages';
import { MAX_REPLAY_PAGE } from '../../../protocol/wechat/broadcast/pageSizes';
import { replayPages } from '../../transport/weChatApi';
import { maxResultsOf, returnAllFields } from '../returnAllFields';
import { roomOperation } from './roomOperation';

export const { description, execute } = roomOperation({
	resource: 'liveRoom',
	operation: 'getReplay',
	room: 'The room whose replay videos to read',
	fields: [...returnAllFields],
	async item(ctx, client, itemIndex, roomId) {
		const { items: replays } = await collectOffsetPages(replayPages(client, roomId), {
			pageSize: MAX_REPLAY_PAGE,
			maxResults: maxResultsOf(ctx, itemIndex),
		});
		return replays.map((replay) => ({ roomId, ...replay }));
	},
});
