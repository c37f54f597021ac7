import type { FetchOffsetPage } from '../../../protocol/common/offsetPages';
import type { AddTemplateRequest } from '../../../protocol/wechat/subscribe/addTemplateRequest';
import type { PrivateTemplate } from '../../../protocol/wechat/subscribe/privateTemplate';
import type { WeChatClient } from '../weChatClient';

/** Codes of the newtmpl template library APIs, in words a user can act on. */
const TEMPLATE_ERRCODES: Record<number, string> = {
	200011: 'this account is banned from the template library',
	200012: 'the account already has the maximum number of private templates (25): delete one first',
	200013: 'this template title is banned and cannot be chosen',
	200014: 'the template title id (tid) or template id does not exist',
	200016: 'the start parameter is invalid',
	200017: 'the limit parameter is invalid (1 to 30)',
	200018: 'category ids are missing',
	200019: 'category ids are invalid: use ids from Get Categories',
	200020:
		'the keyword id list is invalid: 2 to 5 ids of the title, each once (see Get Public Keywords)',
	200021: 'the scene description is invalid (at most 15 characters)',
};

/** getpubtemplatetitles' largest page. */
export const MAX_TITLES_PER_PAGE = 30;

export interface TemplateCategory {
	id: number;
	name: string;
	[key: string]: unknown;
}

type Row = Record<string, unknown>;

const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

/** The account's private subscription message templates (gettemplate). */
export async function fetchPrivateTemplates(client: WeChatClient): Promise<PrivateTemplate[]> {
	const answer = await client.get('/wxaapi/newtmpl/gettemplate', {}, TEMPLATE_ERRCODES);
	return list<PrivateTemplate>(answer.data);
}

/** The account's categories (getcategory), whose ids select public template titles. */
export async function fetchTemplateCategories(client: WeChatClient): Promise<TemplateCategory[]> {
	const answer = await client.get('/wxaapi/newtmpl/getcategory', {}, TEMPLATE_ERRCODES);
	return list<TemplateCategory>(answer.data);
}

/** The keywords of a public template title (getpubtemplatekeywords). */
export async function fetchPublicKeywords(client: WeChatClient, tid: string): Promise<Row[]> {
	const answer = await client.get(
		'/wxaapi/newtmpl/getpubtemplatekeywords',
		{ tid },
		TEMPLATE_ERRCODES,
	);
	return list<Row>(answer.data);
}

/** One page of the public titles of categories `ids` ("2,616") (getpubtemplatetitles). */
export function fetchPublicTitlePage(client: WeChatClient, ids: string): FetchOffsetPage<Row> {
	return async (start, limit) => {
		const answer = await client.get(
			'/wxaapi/newtmpl/getpubtemplatetitles',
			{ ids, start, limit },
			TEMPLATE_ERRCODES,
		);
		const count = Number(answer.count);
		return { items: list<Row>(answer.data), total: Number.isFinite(count) ? count : undefined };
	};
}

/** Adds a public template to the account (addtemplate, a form post); resolves its priTmplId. */
export async function addTemplate(
	client: WeChatClient,
	request: AddTemplateRequest,
): Promise<string> {
	// Not idempotent: a resent add could leave the account with the template twice.
	const answer = await client.postForm(
		'/wxaapi/newtmpl/addtemplate',
		{ ...request },
		{ idempotent: false, errorMeanings: TEMPLATE_ERRCODES },
	);
	return String(answer.priTmplId ?? '');
}

/** Deletes one of the account's templates (deltemplate). */
export async function deleteTemplate(client: WeChatClient, priTmplId: string): Promise<void> {
	// Deleting twice leaves the same state, so an unclear answer may be retried.
	await client.post(
		'/wxaapi/newtmpl/deltemplate',
		{ priTmplId },
		{ idempotent: true, errorMeanings: TEMPLATE_ERRCODES },
	);
}
