import type { IDataObject } from 'n8n-workflow';

import { fetchTemplateCategories } from '../../transport/weChatApi';
import { weChatItemOperation } from '../weChatItemOperation';

export const { description, execute } = weChatItemOperation({
	resource: 'subscribeTemplate',
	operation: 'getCategories',
	properties: [],
	item: async (_ctx, client) => (await fetchTemplateCategories(client)) as IDataObject[],
});
