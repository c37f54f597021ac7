/**
 * The events the trigger knows by name: where WeChat wraps each payload, and which payloads are
 * lists. Which fields are numbers is the table beside this one (numericFields.ts).
 */
export interface EventSchema {
	/** The element/key WeChat wraps the payload in; absent when its fields sit next to the header. */
	wrapper?: string;
	/** Payload is a list of entries, normalised to `{ List: [...] }` under the wrapper. */
	list?: true;
	/**
	 * Fields of the wrapper that WeChat's own sample prints as `![CDATA[x]]`, without CDATA's `<`
	 * and `>`: repaired to `x` there, and nowhere else (user text is delivered as written).
	 */
	docsCdata?: readonly string[];
}

export const KNOWN_EVENTS = {
	// Seed "[Mini Program live] Long-term subscription related interface", Message Packet Sample.
	wxalive_follow_notify: { wrapper: 'FollowNotify', docsCdata: ['user_openid', 'action'] },
	wxalive_push_message_notify: { wrapper: 'PushMessageApiNotify' },
	// "Noitfy" is WeChat's own spelling on the wire.
	// Seed "Application for Live Streaming", Result Push Example.
	wxa_live_apply_event: { wrapper: 'ApplyLiveInfoNoitfy', docsCdata: ['appid', 'open_time'] },
	subscribe_msg_popup_event: { wrapper: 'SubscribeMsgPopupEvent', list: true },
	subscribe_msg_change_event: { wrapper: 'SubscribeMsgChangeEvent', list: true },
	subscribe_msg_sent_event: { wrapper: 'SubscribeMsgSentEvent', list: true },
	// Order shipping management: transaction and merchant ids, pay, ship and settlement times.
	trade_manage_remind_access_api: {},
	trade_manage_remind_shipping: {},
	trade_manage_order_settlement: {},
} as const satisfies Record<string, EventSchema>;

export type KnownEventName = keyof typeof KNOWN_EVENTS;

export function isKnownEvent(event: unknown): event is KnownEventName {
	return typeof event === 'string' && Object.prototype.hasOwnProperty.call(KNOWN_EVENTS, event);
}
