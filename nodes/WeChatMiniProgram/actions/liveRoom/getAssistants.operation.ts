import type { IDataObject } from 'n8n-workflow';

import { getAssistants } from '../../transport/weChatApi';
import { returnAllByDefaultFields, upToLimit } from '../returnAllFields';
import { weChatItemOperation } from '../weChatItemOperation';
import { readRoomId, roomLocator } from './roomLocator';

/** One item per assistant; getassistantlist answers the whole list at once (no paging). */
export const { description, execute } = weChatItemOperation({
	resource: 'liveRoom',
	operation: 'getAssistants',
	properties: [
		roomLocator({ required: true, description: 'The room whose assistants to list' }),
		...returnAllByDefaultFields,
	],
	async item(ctx, client, itemIndex) {
		const roomId = readRoomId(ctx, 'roomId', itemIndex);
		const answer = await getAssistants(client, roomId);
		const list = Array.isArray(answer.list) ? (answer.list as IDataObject[]) : [];
		return upToLimit(ctx, itemIndex, list).map((assistant) => ({ roomId, ...assistant }));
	},
});
