import type { IDataObject } from 'n8n-workflow';

import { getAssistants } from '../../transport/weChatApi';
import { returnAllByDefaultFields, upToLimit } from '../returnAllFields';
import { roomOperation } from './roomOperation';

/** One item per assistant; getassistantlist answers the whole list at once (no paging). */
export const { description, execute } = roomOperation({
	resource: 'liveRoom',
	operation: 'getAssistants',
	room: 'The room whose assistants to list',
	fields: [...returnAllByDefaultFields],
	async item(ctx, client, itemIndex, roomId) {
		const answer = await getAssistants(client, roomId);
		const list = Array.isArray(answer.list) ? (answer.list as IDataObject[]) : [];
		return upToLimit(ctx, itemIndex, list).map((assistant) => ({ roomId, ...assistant }));
	},
});
