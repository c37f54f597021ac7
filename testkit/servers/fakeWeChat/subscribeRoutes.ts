import { randomBytes } from 'node:crypto';

import type { FakeWeChatServer, Json, RouteRequest } from './server';

export interface FakePrivateTemplate {
	priTmplId: string;
	title: string;
	content: string;
	example: string;
	/** 2 one-time, 3 long-term. */
	type: number;
	keywordEnumValueList?: { keywordCode: string; enumValueList: string[] }[];
}

export interface FakePublicTitle {
	tid: number;
	title: string;
	type: number;
	categoryId: string;
	keywords: { kid: number; name: string; example: string; rule: string }[];
}

export interface FakeSentMessage {
	touser: string;
	template_id: string;
	page?: string;
	miniprogram_state?: string;
	lang?: string;
	data: Record<string, { value: string }>;
	msgid: string;
}

export interface FakeSubscribeState {
	categories: { id: number; name: string }[];
	publicTitles: FakePublicTitle[];
	templates: FakePrivateTemplate[];
	/** Users who opened the Mini Program (others are an invalid openid, 40003). */
	users: Set<string>;
	/** openid -> template id -> messages still allowed (Infinity for long-term subscriptions). */
	subscriptions: Map<string, Map<string, number>>;
	/** Pages of the published Mini Program (others are 41030). */
	pages: Set<string>;
	sent: FakeSentMessage[];
}

export const MAX_TITLES_PER_PAGE = 30;
export const MAX_PRIVATE_TEMPLATES = 25;

const GET_ONLY = { errcode: 43001, errmsg: 'require GET method' };
const POST_ONLY = { errcode: 43002, errmsg: 'require POST method' };
const STATES = new Set(['developer', 'trial', 'formal']);
const LANGS = new Set(['zh_CN', 'en_US', 'zh_HK', 'zh_TW']);

/** Subscription message APIs (newtmpl template library and subscribe/send), with WeChat's limits and errcodes. */
export function addSubscribeRoutes(server: FakeWeChatServer): FakeSubscribeState {
	const state: FakeSubscribeState = {
		categories: [
			{ id: 616, name: '公交' },
			{ id: 2, name: '快递、物流' },
		],
		publicTitles: makePublicTitles(),
		templates: [],
		users: new Set(),
		subscriptions: new Map(),
		pages: new Set(['pages/index/index', 'pages/order/detail']),
		sent: [],
	};
	// msgids are above 2^53, as WeChat's are: JSON readers that use doubles corrupt them.
	let msgSeq = 1700827132819554304n;

	server.route('/wxaapi/newtmpl/getcategory', ({ method }) =>
		method !== 'GET' ? GET_ONLY : { data: state.categories },
	);

	server.route('/wxaapi/newtmpl/gettemplate', ({ method }) =>
		method !== 'GET' ? GET_ONLY : { data: state.templates },
	);

	server.route('/wxaapi/newtmpl/getpubtemplatetitles', ({ method, query }) => {
		if (method !== 'GET') return GET_ONLY;
		const ids = query.get('ids');
		if (!ids) return { errcode: 200018, errmsg: 'category ids missing' };
		const categoryIds = ids.split(',');
		if (
			!categoryIds.every((id) =>
				state.categories.some((category) => String(category.id) === id.trim()),
			)
		) {
			return { errcode: 200019, errmsg: 'category ids invalid' };
		}
		const start = Number(query.get('start'));
		if (query.get('start') === null || !Number.isInteger(start) || start < 0)
			return { errcode: 200016, errmsg: 'start invalid' };
		const limit = Number(query.get('limit'));
		if (!Number.isInteger(limit) || limit < 1 || limit > MAX_TITLES_PER_PAGE)
			return { errcode: 200017, errmsg: 'limit invalid' };
		const titles = state.publicTitles.filter((title) => categoryIds.includes(title.categoryId));
		return {
			count: titles.length,
			data: titles
				.slice(start, start + limit)
				.map(({ tid, title, type, categoryId }) => ({ tid, title, type, categoryId })),
		};
	});

	server.route('/wxaapi/newtmpl/getpubtemplatekeywords', ({ method, query }) => {
		if (method !== 'GET') return GET_ONLY;
		const title = state.publicTitles.find(
			(candidate) => String(candidate.tid) === query.get('tid'),
		);
		if (!title) return { errcode: 200014, errmsg: 'tid does not exist' };
		return { count: title.keywords.length, data: title.keywords };
	});

	server.route('/wxaapi/newtmpl/addtemplate', (request) => addTemplate(state, request));

	server.route('/wxaapi/newtmpl/deltemplate', ({ method, body }) => {
		if (method !== 'POST') return POST_ONLY;
		const index = state.templates.findIndex((template) => template.priTmplId === body.priTmplId);
		if (index < 0) return { errcode: 200014, errmsg: 'template does not exist' };
		state.templates.splice(index, 1);
		return {};
	});

	server.route('/cgi-bin/message/subscribe/send', ({ method, body }) => {
		if (method !== 'POST') return POST_ONLY;
		const touser = String(body.touser ?? '');
		if (!state.users.has(touser)) return { errcode: 40003, errmsg: 'invalid openid' };
		const template = state.templates.find((candidate) => candidate.priTmplId === body.template_id);
		if (!template) return { errcode: 40037, errmsg: 'invalid template_id' };
		if (body.page !== undefined && !state.pages.has(String(body.page).split('?')[0]))
			return { errcode: 41030, errmsg: 'invalid page' };
		if (body.miniprogram_state !== undefined && !STATES.has(String(body.miniprogram_state))) {
			return { errcode: 47003, errmsg: 'argument invalid! miniprogram_state' };
		}
		if (body.lang !== undefined && !LANGS.has(String(body.lang)))
			return { errcode: 47003, errmsg: 'argument invalid! lang' };
		const data = (body.data ?? {}) as Record<string, { value?: unknown }>;
		const dataError = checkData(template, data);
		if (dataError) return { errcode: 47003, errmsg: `argument invalid! ${dataError}` };
		const allowed = state.subscriptions.get(touser)?.get(template.priTmplId) ?? 0;
		if (allowed <= 0) return { errcode: 43101, errmsg: 'user refuse to accept the msg' };
		state.subscriptions.get(touser)!.set(template.priTmplId, allowed - 1);
		msgSeq += 1n;
		const message = {
			...(body as unknown as Omit<FakeSentMessage, 'msgid'>),
			msgid: msgSeq.toString(),
		};
		state.sent.push(message);
		return `{"errcode":0,"errmsg":"ok","msgid":${message.msgid}}`;
	});

	return state;
}

/** A user accepts `templateId` `times` times (one-time) or for good (long-term: Infinity). */
export function subscribeUser(
	state: FakeSubscribeState,
	openid: string,
	templateId: string,
	times = 1,
): void {
	state.users.add(openid);
	const templates = state.subscriptions.get(openid) ?? new Map<string, number>();
	templates.set(templateId, (templates.get(templateId) ?? 0) + times);
	state.subscriptions.set(openid, templates);
}

/** Adds a private template straight to the account, as the admin console would. */
export function addPrivateTemplate(
	state: FakeSubscribeState,
	template: Omit<FakePrivateTemplate, 'priTmplId'> & { priTmplId?: string },
): string {
	const priTmplId = template.priTmplId ?? newTemplateId();
	state.templates.push({ ...template, priTmplId });
	return priTmplId;
}

function addTemplate(state: FakeSubscribeState, { method, body, bodyFormat }: RouteRequest): Json {
	if (method !== 'POST') return POST_ONLY;
	// The current reference documents this API as form-encoded and says JSON bodies are not supported.
	if (bodyFormat !== 'form') return { errcode: 47001, errmsg: 'data format error' };
	const title = state.publicTitles.find(
		(candidate) => String(candidate.tid) === String(body.tid ?? ''),
	);
	if (!title) return { errcode: 200014, errmsg: 'tid does not exist' };
	const kids = (
		Array.isArray(body.kidList) ? body.kidList : body.kidList === undefined ? [] : [body.kidList]
	).map(Number);
	const keywords = kids.map((kid) => title.keywords.find((keyword) => keyword.kid === kid));
	if (
		kids.length < 2 ||
		kids.length > 5 ||
		new Set(kids).size !== kids.length ||
		keywords.some((keyword) => !keyword)
	) {
		return { errcode: 200020, errmsg: 'kidList invalid' };
	}
	if ([...String(body.sceneDesc ?? '')].length > 15)
		return { errcode: 200021, errmsg: 'sceneDesc invalid' };
	if (state.templates.length >= MAX_PRIVATE_TEMPLATES)
		return { errcode: 200012, errmsg: 'template count reach limit' };
	const lines = keywords.map(
		(keyword) => `${keyword!.name}:{{${keyword!.rule}${keyword!.kid}.DATA}}`,
	);
	const priTmplId = addPrivateTemplate(state, {
		title: title.title,
		content: lines.join('\n') + '\n',
		example: keywords.map((keyword) => `${keyword!.name}:${keyword!.example}`).join('\n') + '\n',
		type: title.type,
	});
	return { priTmplId };
}

/** WeChat's own check of the data, simpler than the node's: lengths and a few shapes. */
function checkData(
	template: FakePrivateTemplate,
	data: Record<string, { value?: unknown }>,
): string | undefined {
	const maxLength: Record<string, number> = {
		thing: 20,
		number: 32,
		letter: 32,
		symbol: 5,
		character_string: 32,
		phone_number: 17,
		car_number: 8,
		phrase: 5,
	};
	for (const [, key] of template.content.matchAll(/\{\{(\w+?)\.DATA\}\}/g)) {
		const value = String(data[key]?.value ?? '');
		if (value === '') return `data.${key}.value is empty`;
		const type = key.replace(/\d+$/, '');
		if ([...value].length > (maxLength[type] ?? Infinity)) return `data.${key}.value too long`;
		if (type === 'number' && !/^\d+(\.\d+)?$/.test(value)) return `data.${key}.value invalid`;
		if (type === 'phrase' && !/^\p{Script=Han}+$/u.test(value)) return `data.${key}.value invalid`;
	}
	return undefined;
}

function newTemplateId(): string {
	return randomBytes(32).toString('base64url').slice(0, 43);
}

/** 75 titles over two categories, keywords of several rule types each. */
function makePublicTitles(): FakePublicTitle[] {
	const keywords = [
		{ kid: 1, name: '物品名称', example: '拿铁', rule: 'thing' },
		{ kid: 2, name: '数量', example: '2', rule: 'number' },
		{ kid: 3, name: '下单时间', example: '2019年10月1日 15:01', rule: 'time' },
		{ kid: 4, name: '订单状态', example: '配送中', rule: 'phrase' },
		{ kid: 5, name: '金额', example: '¥12.50', rule: 'amount' },
		{ kid: 6, name: '订单号', example: 'A20191001', rule: 'character_string' },
	];
	return Array.from({ length: 75 }, (_, index) => ({
		tid: 99 + index,
		title: index === 0 ? '付款成功通知' : `通知 ${index}`,
		type: index % 5 === 0 ? 3 : 2,
		categoryId: index % 3 === 0 ? '2' : '616',
		keywords,
	}));
}
