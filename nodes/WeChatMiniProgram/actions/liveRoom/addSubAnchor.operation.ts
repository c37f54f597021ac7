import { addSubAnchor } from '../../transport/weChatApi';
import { weChatItemOperation } from '../weChatItemOperation';
import { memberIdField, readMemberId } from './memberFields';
import { readRoomId, roomLocator } from './roomLocator';

export const { description, execute } = weChatItemOperation({
	resource: 'liveRoom',
	operation: 'addSubAnchor',
	properties: [
		roomLocator({ required: true, description: 'The room that gets a sub-anchor' }),
		memberIdField(
			'Sub-Anchor',
			'The WeChat ID of the second anchor, who must have verified their real name',
		),
	],
	async item(ctx, client, itemIndex) {
		const roomId = readRoomId(ctx, 'roomId', itemIndex);
		const username = readMemberId(ctx, 'Sub-Anchor', itemIndex, 'room/addsubanchor');
		await addSubAnchor(client, roomId, username);
		return { roomId, subAnchor: username };
	},
});
