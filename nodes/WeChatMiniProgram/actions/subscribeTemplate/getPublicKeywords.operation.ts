import type { IDataObject } from 'n8n-workflow';

import { fetchPublicKeywords } from '../../transport/weChatApi';
import { returnAllByDefaultFields, upToLimit } from '../returnAllFields';
import { weChatItemOperation } from '../weChatItemOperation';
import { templateTitleIdField } from './templatePicker';

export const { description, execute } = weChatItemOperation({
	resource: 'subscribeTemplate',
	operation: 'getPublicKeywords',
	properties: [
		templateTitleIdField(
			'99',
			'The ID of the public template title whose keywords to list, from Get Public Titles',
		),
		...returnAllByDefaultFields,
	],
	async item(ctx, client, itemIndex) {
		const tid = String(ctx.getNodeParameter('tid', itemIndex)).trim();
		const keywords = await fetchPublicKeywords(client, tid);
		return upToLimit(ctx, itemIndex, keywords).map(
			(keyword) => ({ tid, ...keyword }) as IDataObject,
		);
	},
});
