import type { WeChatClient } from '../../transport/weChatClient';
import { TEMPLATE_ERRCODES } from './templateErrcodes';

export interface TemplateCategory {
	id: number;
	name: string;
	[key: string]: unknown;
}

/** The account's categories (getcategory), whose ids select public template titles. */
export async function fetchTemplateCategories(client: WeChatClient): Promise<TemplateCategory[]> {
	const answer = await client.get('/wxaapi/newtmpl/getcategory', {}, TEMPLATE_ERRCODES);
	return Array.isArray(answer.data) ? (answer.data as TemplateCategory[]) : [];
}
