/**
 * The events the trigger knows by name: where WeChat wraps each payload, and which payloads are
 * lists. Field types need no list here: one rule types every field (fieldValues.ts).
 */
export interface EventSchema {
	/** The element/key WeChat wraps the payload in; absent when its fields sit next to the header. */
	wrapper?: string;
	/** Payload is a list of entries, normalised to `{ List: [...] }` under the wrapper. */
	list?: true;
}

export const KNOWN_EVENTS = {
	wxalive_follow_notify: { wrapper: 'FollowNotify' },
	wxalive_push_message_notify: { wrapper: 'PushMessageApiNotify' },
	// "Noitfy" is WeChat's own spelling on the wire.
	wxa_live_apply_event: { wrapper: 'ApplyLiveInfoNoitfy' },
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
