import { addSubAnchor } from '../../transport/weChatApi';
import { memberIdField, readMemberId } from './memberFields';
import { roomOperation } from './roomOperation';

export const { description, execute } = roomOperation({
	resource: 'liveRoom',
	operation: 'addSubAnchor',
	room: 'The room that gets a sub-anchor',
	fields: [
		memberIdField(
			'Sub-Anchor',
			'The WeChat ID of the second anchor, who must have verified their real name',
		),
	],
	async item(ctx, client, itemIndex, roomId) {
		const username = readMemberId(ctx, 'Sub-Anchor', itemIndex, 'room/addsubanchor');
		await addSubAnchor(client, roomId, username);
		return { roomId, subAnchor: username };
	},
});
