/**
 * The one table of which message fields are numbers: only fields WeChat documents as numbers, by
 * event (Event, or MsgType for messages that are not events). A name listed for an event is a
 * number at any depth of that event's message. Every other field is text in XML, and keeps its
 * JSON type in JSON (identifiers excepted: always strings, fieldValues.ts).
 * Sources: the live, subscription, customer service, order shipping, content security and
 * logistics pages of WeChat's Mini Program docs (the seeds under /work/shared/seeds/ for live and
 * subscription).
 */

/** The header every message has. */
export const HEADER_NUMBERS = ['CreateTime'] as const;

export const NUMERIC_FIELDS: Readonly<Record<string, readonly string[]>> = {
	// Live (known events, knownEvents.ts)
	wxalive_follow_notify: ['room_id', 'time', 'live_status'],
	wxalive_push_message_notify: [
		'room_id',
		'total_count',
		'success_count',
		'openid_error_count',
		'relation_error_count',
		'user_recv_limit_count',
		'internal_error_count',
	],
	wxa_live_apply_event: ['open_time'],
	// Subscription messages (known events)
	subscribe_msg_popup_event: ['PopupScene'],
	subscribe_msg_change_event: [],
	subscribe_msg_sent_event: ['ErrorCode'],
	// Customer service: the header only. MsgId is a 64-bit identifier, never a number.
	text: [],
	image: [],
	miniprogrampage: [],
	user_enter_tempsession: [],
	// Order shipping
	trade_manage_remind_access_api: [],
	trade_manage_remind_shipping: ['pay_time'],
	trade_manage_order_settlement: [
		'pay_time',
		'shipped_time',
		'estimated_settlement_time',
		'confirm_receive_method',
		'confirm_receive_time',
		'settlement_time',
	],
	// Content security (media check)
	wxa_media_check: ['isrisky', 'status_code', 'version', 'errcode', 'label', 'prob'],
	// Logistics
	add_express_path: ['Version', 'Count', 'ActionTime', 'ActionType'],
};

/** The names that are numbers in a message of `event` (the header's always are). */
export function numericFieldsOf(event: string): ReadonlySet<string> {
	const own = Object.prototype.hasOwnProperty.call(NUMERIC_FIELDS, event)
		? NUMERIC_FIELDS[event]
		: [];
	return new Set([...HEADER_NUMBERS, ...own]);
}
