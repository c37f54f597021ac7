import type { PrivateTemplate } from '../../../protocol/wechat/subscribe/privateTemplate';
import type { WeChatClient } from '../../transport/weChatClient';
import { TEMPLATE_ERRCODES } from './templateErrcodes';

/** The account's private subscription message templates (gettemplate). */
export async function fetchPrivateTemplates(client: WeChatClient): Promise<PrivateTemplate[]> {
	const answer = await client.get('/wxaapi/newtmpl/gettemplate', {}, TEMPLATE_ERRCODES);
	return Array.isArray(answer.data) ? (answer.data as PrivateTemplate[]) : [];
}
