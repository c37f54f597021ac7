import type { IDataObject } from 'n8n-workflow';

import { parseTemplateKeywords } from '../../../protocol/wechat/subscribe/templateKeywords';
import { fetchPrivateTemplates } from '../../transport/weChatApi';
import { maxResultsOf, returnAllFields } from '../returnAllFields';
import { weChatItemOperation } from '../weChatItemOperation';

export const { description, execute } = weChatItemOperation({
	resource: 'subscribeTemplate',
	operation: 'getMany',
	properties: returnAllFields,
	async item(ctx, client, itemIndex) {
		const templates = await fetchPrivateTemplates(client);
		const wanted = templates.slice(0, maxResultsOf(ctx, itemIndex));
		return wanted.map((template) => ({
			...template,
			keywords: parseTemplateKeywords(String(template.content ?? '')),
		})) as IDataObject[];
	},
});
