import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { TEMPLATE_TYPE_NAMES } from '../../protocol/wechat/subscribe/privateTemplate';
import { withNodeErrors } from '../transport/nodeErrors';
import { fetchPrivateTemplates, fetchTemplateCategories } from '../transport/weChatApi';
import type { TransportOptions } from '../transport/transportOptions';
import { WeChatClient } from '../transport/weChatClient';

/** The account's private subscription templates, for the template dropdowns. */
export function getSubscribeTemplates(transport: TransportOptions) {
	return async function (this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		return await withNodeErrors(this, async () => {
			const templates = await fetchPrivateTemplates(await WeChatClient.create(this, transport));
			return templates.map((template) => ({
				name: `${template.title} (${TEMPLATE_TYPE_NAMES[template.type] ?? `type ${template.type}`})`,
				value: template.priTmplId,
				description: String(template.example ?? template.content ?? '')
					.trim()
					.replace(/\s*\n\s*/g, ' · '),
			}));
		});
	};
}

/** The account's categories, for choosing public template titles. */
export function getTemplateCategories(transport: TransportOptions) {
	return async function (this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		return await withNodeErrors(this, async () => {
			const categories = await fetchTemplateCategories(await WeChatClient.create(this, transport));
			return categories.map((category) => ({
				name: `${category.name} (${category.id})`,
				value: String(category.id),
			}));
		});
	};
}
