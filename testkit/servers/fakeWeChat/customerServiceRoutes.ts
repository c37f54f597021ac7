import type { FakeMediaState } from './mediaRoutes';
import type { FakeWeChatServer, Json } from './server';

/** After a user's message: 5 answers within 48 h. After entering the session: 2 within 1 min. */
export const MESSAGE_WINDOW = { allowance: 5, ms: 48 * 3_600_000 } as const;
export const SESSION_WINDOW = { allowance: 2, ms: 60_000 } as const;
/** Typing needs a message exchanged within 30 s; it lasts 15 s. */
const TYPING_NEEDS_EXCHANGE_MS = 30_000;
const TYPING_LASTS_MS = 15_000;
const MAX_TEXT_BYTES = 2048;

interface Window {
	kind: 'message' | 'session';
	opensAt: number;
	closesAt: number;
	allowance: number;
	sent: number;
}

export interface FakeConversation {
	window?: Window;
	lastExchangeAt?: number;
	typingUntil?: number;
}

export interface SentCustomerMessage {
	touser: string;
	msgtype: string;
	body: Json;
	at: number;
	appId: string;
}

export interface FakeCustomerServiceState {
	/** The users of this Mini Program by openid; any other openid answers 40003. */
	conversations: Map<string, FakeConversation>;
	sent: SentCustomerMessage[];
	/** Every refusal with its errcode, for tests. */
	refusals: { touser: string; errcode: number }[];
	typing: { touser: string; command: string; at: number }[];
	now: () => number;
}

/**
 * The customer service of the local WeChat: per user, the window a user's action opens (5 answers
 * in 48 h after a message, 2 in 1 min after entering the session; a new action opens a new window,
 * the two are never added up: entering the session inside a message window keeps the message
 * window unless fewer than 2 answers are left in it), 45015 / 45047 past them, 40003 for an openid
 * that is not a user, typing (45080, 45081), and /cgi-bin/media/get over the uploaded media.
 */
export function addCustomerServiceRoutes(
	server: FakeWeChatServer,
	media: FakeMediaState,
	now: () => number = Date.now,
): FakeCustomerServiceState {
	const state: FakeCustomerServiceState = {
		conversations: new Map(),
		sent: [],
		refusals: [],
		typing: [],
		now,
	};
	const refuse = (touser: string, errcode: number, errmsg: string): Json => {
		state.refusals.push({ touser, errcode });
		return { errcode, errmsg };
	};

	server.route('/cgi-bin/message/custom/send', ({ body, appId, method }) => {
		if (method !== 'POST') return { errcode: 43002, errmsg: 'require POST method' };
		const touser = String(body.touser ?? '');
		const conversation = state.conversations.get(touser);
		if (!conversation) return refuse(touser, 40003, 'invalid openid');
		const problem = messageProblem(body, media);
		if (problem) return refuse(touser, problem.errcode, problem.errmsg);
		const at = state.now();
		const { window } = conversation;
		if (!window || at >= window.closesAt)
			return refuse(touser, 45015, 'response out of time limit or subscription is canceled');
		if (window.sent >= window.allowance)
			return refuse(touser, 45047, 'out of response count limit');
		window.sent += 1;
		conversation.lastExchangeAt = at;
		conversation.typingUntil = undefined;
		state.sent.push({ touser, msgtype: String(body.msgtype), body, at, appId });
		return {};
	});

	server.route('/cgi-bin/message/custom/business/typing', ({ body }) => {
		const touser = String(body.touser ?? '');
		const command = String(body.command ?? '');
		const conversation = state.conversations.get(touser);
		if (!conversation) return refuse(touser, 40003, 'invalid openid');
		if (command !== 'Typing' && command !== 'CancelTyping')
			return refuse(touser, 45072, 'command invalid');
		const at = state.now();
		if (command === 'CancelTyping') {
			conversation.typingUntil = undefined;
		} else {
			if (
				conversation.lastExchangeAt === undefined ||
				at - conversation.lastExchangeAt > TYPING_NEEDS_EXCHANGE_MS
			)
				return refuse(touser, 45080, 'need interaction with user in 30 seconds');
			if (conversation.typingUntil !== undefined && at < conversation.typingUntil)
				return refuse(touser, 45081, 'already in typing state');
			conversation.typingUntil = at + TYPING_LASTS_MS;
		}
		state.typing.push({ touser, command, at });
		return {};
	});

	server.route('/cgi-bin/media/get', ({ query, method }) => {
		if (method !== 'GET') return { errcode: 43001, errmsg: 'require GET method' };
		const file = media.media.get(query.get('media_id') ?? '');
		if (!file) return { errcode: 40007, errmsg: 'invalid media_id' };
		return { binary: file.bytes, contentType: file.contentType };
	});
	return state;
}

/** A user of the Mini Program wrote to its customer service: a new window of 5 answers in 48 h. */
export function userWrote(state: FakeCustomerServiceState, openid: string): void {
	const conversation = conversationOf(state, openid);
	const at = state.now();
	conversation.window = windowOpenedAt('message', MESSAGE_WINDOW, at);
	conversation.lastExchangeAt = at;
}

/** A user opened the customer service session: 2 answers in 1 min, unless a message window gives more. */
export function userEnteredSession(state: FakeCustomerServiceState, openid: string): void {
	const conversation = conversationOf(state, openid);
	const at = state.now();
	const current = conversation.window;
	const left = current && at < current.closesAt ? current.allowance - current.sent : 0;
	if (left < SESSION_WINDOW.allowance)
		conversation.window = windowOpenedAt('session', SESSION_WINDOW, at);
	conversation.lastExchangeAt = at;
}

/** A new window of `kind` opened at `at`, nothing sent in it yet. */
function windowOpenedAt(
	kind: Window['kind'],
	{ allowance, ms }: { allowance: number; ms: number },
	at: number,
): Window {
	return { kind, opensAt: at, closesAt: at + ms, allowance, sent: 0 };
}

/** Makes `openid` a user of this Mini Program who has not written yet (sends answer 45015). */
export function addUser(state: FakeCustomerServiceState, openid: string): void {
	conversationOf(state, openid);
}

function conversationOf(state: FakeCustomerServiceState, openid: string): FakeConversation {
	let conversation = state.conversations.get(openid);
	if (!conversation) {
		conversation = {};
		state.conversations.set(openid, conversation);
	}
	return conversation;
}

function messageProblem(
	body: Json,
	media: FakeMediaState,
): { errcode: number; errmsg: string } | undefined {
	const part = (name: string) =>
		typeof body[name] === 'object' && body[name] !== null ? (body[name] as Json) : undefined;
	const missing = (name: string) => ({
		errcode: 47001,
		errmsg: `data format error: ${name} missing`,
	});
	switch (body.msgtype) {
		case 'text': {
			const content = part('text')?.content;
			if (typeof content !== 'string' || content === '') return missing('text.content');
			if (Buffer.byteLength(content, 'utf8') > MAX_TEXT_BYTES)
				return { errcode: 45002, errmsg: 'content size out of limit' };
			return undefined;
		}
		case 'image': {
			const mediaId = part('image')?.media_id;
			if (typeof mediaId !== 'string' || !media.media.has(mediaId))
				return { errcode: 40007, errmsg: 'invalid media_id' };
			return undefined;
		}
		case 'link': {
			const link = part('link');
			for (const field of ['title', 'description', 'url', 'thumb_url'])
				if (typeof link?.[field] !== 'string' || link[field] === '')
					return missing(`link.${field}`);
			return undefined;
		}
		case 'miniprogrampage': {
			const card = part('miniprogrampage');
			for (const field of ['title', 'pagepath'])
				if (typeof card?.[field] !== 'string' || card[field] === '')
					return missing(`miniprogrampage.${field}`);
			const thumb = card?.thumb_media_id;
			if (typeof thumb !== 'string' || !media.media.has(thumb))
				return { errcode: 40007, errmsg: 'invalid media_id' };
			return undefined;
		}
		default:
			return { errcode: 40008, errmsg: 'invalid message type' };
	}
}
