type Json = Record<string, unknown>;

/**
 * A key that is the same for WeChat's retries of one message and different between messages,
 * for downstream de-duplication. Built from the event's own identifiers where it has them.
 */
export function dedupKeyFor(message: Json): string {
	const event = text(message.Event) || text(message.MsgType);
	const specific = specificKey(event, message);
	if (specific) return specific;
	if (text(message.MsgId)) return `msg:${text(message.MsgId)}`;
	return join(event || 'message', message.FromUserName, message.CreateTime);
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
			return join(event, message.FromUserName, message.CreateTime, templates.join(','));
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
