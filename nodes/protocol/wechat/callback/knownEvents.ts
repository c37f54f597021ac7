export interface EventSchema {
	/** The element/key WeChat wraps the payload in. */
	wrapper: string;
	/** Payload is a list of entries, normalised to `{ List: [...] }` under the wrapper. */
	list?: true;
	/** Fields decoded to numbers when they hold a safe integer. */
	numbers: readonly string[];
	/** Identifiers kept as strings: several exceed 2^53. */
	ids: readonly string[];
}

export const KNOWN_EVENTS = {
	wxalive_follow_notify: {
		wrapper: 'FollowNotify',
		numbers: ['room_id', 'time', 'live_status'],
		ids: ['user_openid'],
	},
	wxalive_push_message_notify: {
		wrapper: 'PushMessageApiNotify',
		numbers: [
			'room_id',
			'total_count',
			'success_count',
			'openid_error_count',
			'relation_error_count',
			'user_recv_limit_count',
			'internal_error_count',
		],
		ids: ['message_id'],
	},
	// "Noitfy" is WeChat's own spelling on the wire.
	wxa_live_apply_event: { wrapper: 'ApplyLiveInfoNoitfy', numbers: ['open_time'], ids: ['appid'] },
	subscribe_msg_popup_event: {
		wrapper: 'SubscribeMsgPopupEvent',
		list: true,
		numbers: ['PopupScene'],
		ids: ['TemplateId'],
	},
	subscribe_msg_change_event: {
		wrapper: 'SubscribeMsgChangeEvent',
		list: true,
		numbers: [],
		ids: ['TemplateId'],
	},
	subscribe_msg_sent_event: {
		wrapper: 'SubscribeMsgSentEvent',
		list: true,
		numbers: ['ErrorCode'],
		ids: ['TemplateId', 'MsgID'],
	},
} as const satisfies Record<string, EventSchema>;

export type KnownEventName = keyof typeof KNOWN_EVENTS;

export function isKnownEvent(event: unknown): event is KnownEventName {
	return typeof event === 'string' && Object.prototype.hasOwnProperty.call(KNOWN_EVENTS, event);
}
