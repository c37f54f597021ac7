import type { INodePropertyOptions, INodeProperties } from 'n8n-workflow';

import { DEFAULT_CUSTOMER_SERVICE_DEADLINE_MS } from './customerServiceAnswer';

/** The customer service pushes in the Events filter, alphabetical by name ("Media Check Result" last). */
export const customerServiceEventOptions: INodePropertyOptions[] = [
	{
		name: 'Customer Service Image',
		value: 'image',
		description: 'A user sent an image to customer service (MsgType image: PicUrl, MediaId)',
	},
	{
		name: 'Customer Service Mini Program Card',
		value: 'miniprogrampage',
		description:
			'A user sent a Mini Program card to customer service (MsgType miniprogrampage: Title, PagePath)',
	},
	{
		name: 'Customer Service Session Entered',
		value: 'user_enter_tempsession',
		description: 'A user opened the customer service chat (with where they came from)',
	},
	{
		name: 'Customer Service Text',
		value: 'text',
		description: 'A user wrote to customer service (MsgType text: Content)',
	},
	{
		name: 'Media Check Result',
		value: 'wxa_media_check',
		description: "The verdict of Content Security's Check Media, with its trace ID",
	},
];

/** Parameters that decide when the fields below show (the Mini Program trigger's `source`; none on the platform trigger). */
type ShownWhen = Record<string, string[]>;

/**
 * Customer Service Answer and its fields, for both WeChat triggers (read by customerServiceAnswer.ts).
 * `shownWhen` is the trigger's own condition for WeChat pushes.
 */
export function customerServiceAnswerProperties(shownWhen: ShownWhen = {}): INodeProperties[] {
	const shown = (extra: ShownWhen = {}) =>
		Object.keys({ ...shownWhen, ...extra }).length
			? { displayOptions: { show: { ...shownWhen, ...extra } } }
			: {};
	return [
		{
			displayName: 'Customer Service Answer',
			name: 'messageAnswer',
			type: 'options',
			default: 'success',
			description:
				'What WeChat is told about a customer service message (text, image, card) within its 5 seconds',
			...shown(),
			options: [
				{
					name: 'Received (Answer Later With Send)',
					value: 'success',
					description:
						'Every message is acknowledged at once; the workflow answers with Customer Service > Send',
				},
				{
					name: 'Transfer Unselected Messages to Staff',
					value: 'transferUnselected',
					description:
						'Message types not selected in Events are handed to the customer service staff; selected ones start the workflow',
				},
				{
					name: 'From the Workflow',
					value: 'workflow',
					description:
						'The workflow decides with Respond to Webhook: success, or a transfer that hands the user to the staff',
				},
			],
		},
		{
			displayName:
				"Answer with a Respond to Webhook node (version 1, Respond With: Text) whose body is success or transfer_customer_service. The trigger writes the reply in the push's format and encryption. WeChat waits only 5 seconds.",
			name: 'messageAnswerNotice',
			type: 'notice',
			default: '',
			...shown({ messageAnswer: ['workflow'] }),
		},
		{
			displayName: 'Default Answer',
			name: 'messageDefaultAnswer',
			type: 'options',
			default: 'success',
			description:
				'Sent instead when the workflow fails, answers something else, or does not answer before the deadline; also the answer to unselected messages',
			...shown({ messageAnswer: ['workflow'] }),
			options: [
				{ name: 'Received', value: 'success', description: 'The message is acknowledged' },
				{
					name: 'Transfer to Staff',
					value: 'transfer',
					description: 'The user is handed to the customer service staff',
				},
			],
		},
		{
			displayName: 'Answer Deadline (Ms)',
			name: 'messageAnswerDeadlineMs',
			type: 'number',
			default: DEFAULT_CUSTOMER_SERVICE_DEADLINE_MS,
			typeOptions: { minValue: 100, maxValue: 4500 },
			description:
				'How long the workflow has to answer, counted from when the trigger gets the message. WeChat retries after 5000 ms, so leave room for the network.',
			...shown({ messageAnswer: ['workflow'] }),
		},
	];
}

/** Every WeChat push event both triggers name in their Events filter, alphabetical by name. */
export const weChatEventOptions: INodePropertyOptions[] = [
	...customerServiceEventOptions.slice(0, 4),
	{
		name: 'Live Apply Result',
		value: 'wxa_live_apply_event',
		description: 'The outcome of an application for the live broadcast capability',
	},
	{
		name: 'Live Follow Change',
		value: 'wxalive_follow_notify',
		description: 'A user followed or unfollowed the live broadcasts',
	},
	{
		name: 'Live Push Result',
		value: 'wxalive_push_message_notify',
		description: 'How a live start message push was delivered',
	},
	...customerServiceEventOptions.slice(4),
	{
		name: 'Order Shipped or Settled',
		value: 'trade_manage_order_settlement',
		description: 'An order was shipped (settlement expected) or settled',
	},
	{
		name: 'Shipping API Reminder',
		value: 'trade_manage_remind_access_api',
		description: 'WeChat reminds the merchant to record shipments through the API',
	},
	{
		name: 'Shipping Overdue Reminder',
		value: 'trade_manage_remind_shipping',
		description: 'A paid order is still unshipped 48 hours after payment',
	},
	{
		name: 'Subscription Change',
		value: 'subscribe_msg_change_event',
		description: 'A user changed a subscription setting',
	},
	{
		name: 'Subscription Popup Result',
		value: 'subscribe_msg_popup_event',
		description: 'A user answered a subscription popup',
	},
	{
		name: 'Subscription Send Result',
		value: 'subscribe_msg_sent_event',
		description: 'How a subscription message was delivered',
	},
];
