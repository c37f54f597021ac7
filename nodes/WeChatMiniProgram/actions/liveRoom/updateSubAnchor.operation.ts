import { modifySubAnchor } from '../../transport/weChatApi';
import { weChatItemOperation } from '../weChatItemOperation';
import { memberIdField, readMemberId } from './memberFields';
import { readRoomId, roomLocator } from './roomLocator';

export const { description, execute } = weChatItemOperation({
	resource: 'liveRoom',
	operation: 'updateSubAnchor',
	properties: [
		roomLocator({ required: true, description: 'The room whose sub-anchor to replace' }),
		memberIdField(
			'Sub-Anchor',
			'The WeChat ID of the new sub-anchor, who must have verified their real name',
		),
	],
	async item(ctx, client, itemIndex) {
		const roomId = readRoomId(ctx, 'roomId', itemIndex);
		const username = readMemberId(ctx, 'Sub-Anchor', itemIndex, 'room/modifysubanchor');
		await modifySubAnchor(client, roomId, username);
		return { roomId, subAnchor: username };
	},
});
