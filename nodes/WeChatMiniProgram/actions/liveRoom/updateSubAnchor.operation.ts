import { modifySubAnchor } from '../../transport/weChatApi';
import { memberIdField, readMemberId } from './memberFields';
import { roomOperation } from './roomOperation';

export const { description, execute } = roomOperation({
	resource: 'liveRoom',
	operation: 'updateSubAnchor',
	room: 'The room whose sub-anchor to replace',
	fields: [
		memberIdField(
			'Sub-Anchor',
			'The WeChat ID of the new sub-anchor, who must have verified their real name',
		),
	],
	async item(ctx, client, itemIndex, roomId) {
		const username = readMemberId(ctx, 'Sub-Anchor', itemIndex, 'room/modifysubanchor');
		await modifySubAnchor(client, roomId, username);
		return { roomId, subAnchor: username };
	},
});
