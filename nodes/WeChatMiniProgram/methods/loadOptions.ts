import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { TEMPLATE_TYPE_NAMES } from '../../protocol/wechat/subscribe/privateTemplate';
import { fetchPrivateTemplates } from '../actions/subscribeTemplate/privateTemplates';
import { fetchTemplateCategories } from '../actions/subscribeTemplate/templateCategories';
import { toNodeError } from '../transport/nodeErrors';
import { WeChatClient } from '../transport/weChatClient';

/** The account's private subscription templates, for the template dropdowns. */
export async function getSubscribeTemplates(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	try {
		const templates = await fetchPrivateTemplates(await WeChatClient.create(this));
		return templates.map((template) => ({
			name: `${template.title} (${TEMPLATE_TYPE_NAMES[template.type] ?? `type ${template.type}`})`,
			value: template.priTmplId,
			description: String(template.example ?? template.content ?? '')
				.trim()
				.replace(/\s*\n\s*/g, ' · '),
		}));
	} catch (error) {
		throw toNodeError(this, error);
	}
}

/** The account's categories, for choosing public template titles. */
export async function getTemplateCategories(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	try {
		const categories = await fetchTemplateCategories(await WeChatClient.create(this));
		return categories.map((category) => ({
			name: `${category.name} (${category.id})`,
			value: String(category.id),
		}));
	} catch (error) {
		throw toNodeError(this, error);
	}
}
