import type { IDataObject } from 'n8n-workflow';

import { fetchTemplateCategories } from '../../transport/weChatApi';
import { returnAllByDefaultFields, upToLimit } from '../returnAllFields';
import { weChatItemOperation } from '../weChatItemOperation';

export const { description, execute } = weChatItemOperation({
	resource: 'subscribeTemplate',
	operation: 'getCategories',
	properties: returnAllByDefaultFields,
	item: async (ctx, client, itemIndex) =>
		upToLimit(ctx, itemIndex, (await fetchTemplateCategories(client)) as IDataObject[]),
});
