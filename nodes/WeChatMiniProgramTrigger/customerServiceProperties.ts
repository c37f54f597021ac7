import type { INodePropertyOptions, INodeProperties } from 'n8n-workflow';

import { DEFAULT_CUSTOMER_SERVICE_DEADLINE_MS } from './customerServiceReply';

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

const WECHAT = { source: ['weChatMiniProgram'] };

export const customerServiceAnswerProperties: INodeProperties[] = [
	{
		displayName: 'Customer Service Answer',
		name: 'messageAnswer',
		type: 'options',
		default: 'success',
		description:
			'What WeChat is told about a customer service message (text, image, card) within its 5 seconds',
		displayOptions: { show: WECHAT },
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
		displayOptions: { show: { ...WECHAT, messageAnswer: ['workflow'] } },
	},
	{
		displayName: 'Default Answer',
		name: 'messageDefaultAnswer',
		type: 'options',
		default: 'success',
		description:
			'Sent instead when the workflow fails, answers something else, or does not answer before the deadline; also the answer to unselected messages',
		displayOptions: { show: { ...WECHAT, messageAnswer: ['workflow'] } },
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
		displayOptions: { show: { ...WECHAT, messageAnswer: ['workflow'] } },
	},
];
