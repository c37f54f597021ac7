import { createHash } from 'crypto';

type Json = Record<string, unknown>;

/**
 * A key that is the same for WeChat's retries of one message and different between messages,
 * for downstream de-duplication. Events with identifiers of their own (a push's message_id, a
 * send result's MsgIDs, ...) are keyed by them. Every other event is keyed by its readable
 * header (event, sender, time) plus a digest of the whole decoded message: a retry carries the
 * same message (only its encryption's random prefix and the query change), so it gets the same
 * digest, while two messages that differ in any field do not.
 */
export function dedupKeyFor(message: Json): string {
	const event = text(message.Event) || text(message.MsgType);
	const specific = specificKey(event, message);
	if (specific) return specific;
	if (text(message.MsgId)) return `msg:${text(message.MsgId)}`;
	return joinPresent(event || 'message', message.FromUserName, message.CreateTime, digest(message));
}

function specificKey(event: string, message: Json): string | undefined {
	switch (event) {
		case 'wxalive_push_message_notify': {
			const id = field(message, 'PushMessageApiNotify', 'message_id');
			return id ? join(event, id) : undefined;
		}
		case 'wxalive_follow_notify': {
			const parts = ['room_id', 'user_openid', 'action', 'time'].map((k) =>
				field(message, 'FollowNotify', k),
			);
			return parts.every(Boolean) ? join(event, ...parts) : undefined;
		}
		case 'wxa_live_apply_event': {
			const parts = ['appid', 'open_time'].map((k) => field(message, 'ApplyLiveInfoNoitfy', k));
			return parts.every(Boolean) ? join(event, ...parts) : undefined;
		}
		case 'subscribe_msg_sent_event': {
			const msgIds = listEntries(message, 'SubscribeMsgSentEvent').map((entry) =>
				text(entry.MsgID),
			);
			return msgIds.length > 0 && msgIds.every(Boolean) ? join(event, msgIds.join(',')) : undefined;
		}
		case 'subscribe_msg_popup_event':
		case 'subscribe_msg_change_event': {
			const wrapper =
				event === 'subscribe_msg_popup_event'
					? 'SubscribeMsgPopupEvent'
					: 'SubscribeMsgChangeEvent';
			const templates = listEntries(message, wrapper).map((entry) => text(entry.TemplateId));
			// Accepting and rejecting one template in one second are two messages: the digest tells them apart.
			return join(
				event,
				message.FromUserName,
				message.CreateTime,
				templates.join(','),
				digest(message),
			);
		}
		default:
			return undefined;
	}
}

/** Reads `wrapper.key`, or a top-level `key` when WeChat sent the payload unwrapped. */
function field(message: Json, wrapper: string, key: string): string {
	const inner = message[wrapper];
	if (typeof inner === 'object' && inner !== null && key in inner)
		return text((inner as Json)[key]);
	return text(message[key]);
}

function listEntries(message: Json, wrapper: string): Json[] {
	const list = (message[wrapper] as Json | undefined)?.List;
	return Array.isArray(list)
		? list.filter((e): e is Json => typeof e === 'object' && e !== null)
		: [];
}

function text(value: unknown): string {
	return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

function join(...parts: unknown[]): string {
	return parts.map(text).join('|');
}

/** Like join, leaving out parts the message does not have (no `||`). */
function joinPresent(...parts: unknown[]): string {
	return parts.map(text).filter(Boolean).join('|');
}

/**
 * SHA-256 of the message as JSON with sorted keys (dedupKey itself excluded), numbers written as
 * text: field order and format (XML text or a JSON number) do not matter.
 */
export function digest(message: Json): string {
	const hash = createHash('sha256').update(canonicalJson(message, true), 'utf8').digest('hex');
	return `sha256:${hash.slice(0, 32)}`;
}

function canonicalJson(value: unknown, top = false): string {
	if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(',')}]`;
	if (typeof value === 'object' && value !== null) {
		const keys = Object.keys(value)
			.filter((k) => !(top && k === 'dedupKey'))
			.sort();
		return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Json)[k])}`).join(',')}}`;
	}
	if (typeof value === 'number') return JSON.stringify(String(value));
	return JSON.stringify(value) ?? 'null';
}
