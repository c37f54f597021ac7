import { fail, ok } from '../fakeTencentChat';
import type { Answer, FakeTencentChat, TencentRoutes } from '../fakeTencentChat';

/**
 * Tencent Cloud Chat's one-to-one message commands (openim) over the server's chatUsers: sendmsg
 * (unknown sender or recipient 20003; the server's 200 calls/s answer 60019), batchsendmsg (at most
 * 500 recipients, 90018 over; an unknown recipient is in ErrorList with 70107; 12,000 recipients a
 * minute on the server's clock, refused with 60018 and nothing sent), recall (10030 for a message
 * that is not there), mark read, unread counts and roaming history in pages.
 */

export interface FakeChatMessage {
	From_Account: string;
	To_Account: string;
	MsgSeq: number;
	MsgRandom: number;
	MsgTimeStamp: number;
	MsgKey: string;
	MsgBody: unknown;
	/** Batch sends record which call they came in (1-based over the server's batchsendmsg calls). */
	batchCall?: number;
	recalled: boolean;
}

export interface ChatMessageState {
	messages: FakeChatMessage[];
	/** Recipients batchsendmsg accepts in any sliding minute. */
	recipientsPerMinute: number;
	/** Accepted batch recipients: when, how many. */
	readonly accepted: Array<{ at: number; count: number }>;
	/** Read up to (Unix s), by "reader|peer". */
	readonly readUpTo: Map<string, number>;
}

const states = new WeakMap<FakeTencentChat, ChatMessageState>();

export function chatMessageState(server: FakeTencentChat): ChatMessageState {
	let state = states.get(server);
	if (!state)
		states.set(
			server,
			(state = { messages: [], recipientsPerMinute: 12_000, accepted: [], readUpTo: new Map() }),
		);
	return state;
}

const MINUTE_MS = 60_000;

export function chatMessageRoutes(server: FakeTencentChat): TencentRoutes {
	const state = () => chatMessageState(server);
	const known = (id: unknown) =>
		typeof id === 'string' && (server.chatUsers.has(id) || server.admins.has(id));
	let seq = 1;
	let batchCalls = 0;
	const store = (from: string, to: string, body: Answer, batchCall?: number): FakeChatMessage => {
		const time = Math.floor(server.clock.now() / 1000);
		const message: FakeChatMessage = {
			From_Account: from,
			To_Account: to,
			MsgSeq: seq++,
			MsgRandom: Number(body.MsgRandom),
			MsgTimeStamp: time,
			MsgKey: `${seq}_${Number(body.MsgRandom)}_${time}`,
			MsgBody: body.MsgBody,
			...(batchCall !== undefined && { batchCall }),
			recalled: false,
		};
		state().messages.push(message);
		return message;
	};
	const checkMessage = (body: Answer): Answer | undefined => {
		if (!Number.isInteger(body.MsgRandom)) return fail(90005, 'MsgRandom is required');
		if (!Array.isArray(body.MsgBody) || body.MsgBody.length === 0)
			return fail(90002, 'MsgBody is required');
		return undefined;
	};
	const sender = (body: Answer) => String(body.From_Account ?? 'administrator');
	const conversation = (a: string, b: string) => (m: FakeChatMessage) =>
		(m.From_Account === a && m.To_Account === b) || (m.From_Account === b && m.To_Account === a);
	return {
		sendmsg: (body) => {
			const invalid = checkMessage(body);
			if (invalid) return invalid;
			if (!known(sender(body)) || !known(body.To_Account))
				return fail(20003, 'invalid or nonexistent UserID');
			const message = store(sender(body), String(body.To_Account), body);
			return ok({ MsgTime: message.MsgTimeStamp, MsgKey: message.MsgKey, MsgSeq: message.MsgSeq });
		},
		batchsendmsg: (body) => {
			const to = body.To_Account;
			if (!Array.isArray(to) || to.length === 0) return fail(90003, 'To_Account is required');
			if (to.length > 500) return fail(90018, 'To_Account takes at most 500 accounts');
			const invalid = checkMessage(body);
			if (invalid) return invalid;
			if (!known(sender(body))) return fail(20003, 'invalid or nonexistent From_Account');
			const now = server.clock.now();
			const { accepted } = state();
			while (accepted.length && accepted[0].at <= now - MINUTE_MS) accepted.shift();
			const used = accepted.reduce((sum, entry) => sum + entry.count, 0);
			if (used + to.length > state().recipientsPerMinute)
				return fail(60018, 'message count per minute exceeds the limit');
			accepted.push({ at: now, count: to.length });
			const call = ++batchCalls;
			let msgKey = '';
			const ErrorList: Answer[] = [];
			for (const id of to.map(String)) {
				if (!known(id)) ErrorList.push({ To_Account: id, ErrorCode: 70107 });
				else msgKey = store(sender(body), id, body, call).MsgKey;
			}
			return ok({ MsgKey: msgKey, ...(ErrorList.length && { ErrorList }) });
		},
		admin_msgwithdraw: (body) => {
			const message = state().messages.find(
				(m) =>
					m.MsgKey === body.MsgKey &&
					m.From_Account === body.From_Account &&
					m.To_Account === body.To_Account,
			);
			if (!message) return fail(10030, 'msg not exist');
			message.recalled = true;
			return ok();
		},
		admin_set_msg_read: (body) => {
			if (!known(body.Report_Account) || !known(body.Peer_Account))
				return fail(20003, 'invalid or nonexistent UserID');
			const upTo =
				body.MsgReadTime === undefined
					? Math.floor(server.clock.now() / 1000)
					: Number(body.MsgReadTime);
			state().readUpTo.set(`${String(body.Report_Account)}|${String(body.Peer_Account)}`, upTo);
			return ok();
		},
		get_c2c_unread_msg_num: (body) => {
			const reader = body.To_Account;
			if (!known(reader)) return fail(20003, 'invalid or nonexistent To_Account');
			const unread = new Map<string, number>();
			for (const m of state().messages) {
				if (m.To_Account !== reader || m.recalled) continue;
				const readUpTo = state().readUpTo.get(`${reader}|${m.From_Account}`) ?? -1;
				if (m.MsgTimeStamp > readUpTo)
					unread.set(m.From_Account, (unread.get(m.From_Account) ?? 0) + 1);
			}
			const asked = Array.isArray(body.Peer_Account) ? body.Peer_Account.map(String) : undefined;
			const peers = asked ?? [...unread.keys()];
			const ErrorList = peers
				.filter((peer) => !known(peer))
				.map((peer) => ({ Peer_Account: peer, ErrorCode: 70107 }));
			const list = peers
				.filter((peer) => known(peer))
				.map((peer) => ({ Peer_Account: peer, C2CUnreadMsgNum: unread.get(peer) ?? 0 }));
			return ok({
				To_Account: reader,
				AllC2CUnreadMsgNum: [...unread.values()].reduce((a, b) => a + b, 0),
				C2CUnreadMsgNumList: list,
				...(ErrorList.length && { ErrorList }),
			});
		},
		admin_getroammsg: (body) => {
			const a = body.Operator_Account;
			const b = body.Peer_Account;
			if (!known(a) || !known(b)) return fail(20003, 'invalid or nonexistent UserID');
			const maxCnt = Number(body.MaxCnt);
			if (!(maxCnt >= 1 && maxCnt <= 100)) return fail(90001, 'MaxCnt takes 1 to 100');
			if (!Number.isInteger(body.MinTime) || !Number.isInteger(body.MaxTime))
				return fail(90001, 'MinTime and MaxTime are required');
			const inRange = state()
				.messages.filter(conversation(String(a), String(b)))
				.filter(
					(m) => m.MsgTimeStamp >= Number(body.MinTime) && m.MsgTimeStamp <= Number(body.MaxTime),
				)
				// Newest first: by time, then by sequence within a second.
				.sort((x, y) => y.MsgTimeStamp - x.MsgTimeStamp || y.MsgSeq - x.MsgSeq);
			const start = body.LastMsgKey
				? inRange.findIndex((m) => m.MsgKey === body.LastMsgKey) + 1
				: 0;
			const page = inRange.slice(start, start + maxCnt);
			const complete = start + page.length >= inRange.length;
			const last = page[page.length - 1];
			return ok({
				Complete: complete ? 1 : 0,
				MsgCnt: page.length,
				LastMsgTime: last?.MsgTimeStamp ?? 0,
				LastMsgKey: last?.MsgKey ?? '',
				MsgList: page.map(({ recalled, batchCall: _call, ...m }) => ({
					...m,
					MsgFlagBits: recalled ? 1 : 0,
				})),
			});
		},
	};
}
