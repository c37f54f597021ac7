import type { INodeProperties } from 'n8n-workflow';

import { TENCENT_CALLBACKS } from '../protocol/tencent/callback/callbackCommands';
import { DEFAULT_ANSWER_DEADLINE_MS } from './answerDeadline';
import { triggerOptions } from '../triggerCommon/commonOptions';
import {
	customerServiceAnswerProperties,
	weChatEventOptions,
} from '../triggerCommon/customerServiceProperties';

const WECHAT = { show: { source: ['weChatMiniProgram'] } };
const TENCENT = { show: { source: ['tencentChat'] } };
const TENCENT_WORKFLOW_ANSWERS = {
	show: { source: ['tencentChat'], beforeCallbackAnswer: ['workflow'] },
};

export const triggerProperties: INodeProperties[] = [
	{
		displayName: 'Callbacks From',
		name: 'source',
		type: 'options',
		default: 'weChatMiniProgram',
		options: [
			{
				name: 'WeChat Mini Program',
				value: 'weChatMiniProgram',
				description: 'Message pushes of a Mini Program',
			},
			{
				name: 'Tencent Cloud Chat',
				value: 'tencentChat',
				description: 'Official-account callbacks of a Chat application',
			},
		],
	},
	{
		displayName:
			"Paste this node's Production URL into the Chat console under Callback Configuration as the callback URL, enable the official-account callbacks you need, and set the same authentication token there as the credential's Callback Token",
		name: 'tencentSetupNotice',
		type: 'notice',
		default: '',
		displayOptions: TENCENT,
	},
	{
		displayName: 'Callback Commands',
		name: 'commands',
		type: 'multiOptions',
		default: [],
		description:
			'Which callbacks start the workflow. Leave empty for all callbacks, other Chat callbacks included.',
		displayOptions: TENCENT,
		options: [...TENCENT_CALLBACKS]
			.sort((a, b) => a.name.localeCompare(b.name))
			.map(({ command, name, description }) => ({
				name,
				value: command,
				description,
			})),
	},
	{
		displayName: 'Answer Before-Callbacks',
		name: 'beforeCallbackAnswer',
		type: 'options',
		default: 'trigger',
		description:
			'Who decides the before-callbacks: Before Message Sent, Before Subscribers Added, Before Official Account Created, Before One-to-One Message Sent and Before Group Message Sent',
		displayOptions: TENCENT,
		options: [
			{
				name: 'From the Trigger (Allow All)',
				value: 'trigger',
				description: 'The trigger answers OK at once; the workflow only observes',
			},
			{
				name: 'From the Workflow',
				value: 'workflow',
				description: 'The workflow answers; the trigger checks the answer before Tencent gets it',
			},
		],
	},
	{
		displayName:
			'Answer with the WeChat Mini Program node (Chat Callback > Answer Before-Callback), or a Respond to Webhook node of version 1 (newer ones refuse to run after this trigger). The trigger checks the answer; Tencent waits only 2 seconds.',
		name: 'workflowAnswerNotice',
		type: 'notice',
		default: '',
		displayOptions: TENCENT_WORKFLOW_ANSWERS,
	},
	{
		displayName: 'Default Answer',
		name: 'defaultAnswer',
		type: 'options',
		default: 'allow',
		description:
			'Sent instead when the workflow fails, gives an answer Tencent cannot use, or does not answer before the deadline',
		displayOptions: TENCENT_WORKFLOW_ANSWERS,
		options: [
			{ name: 'Allow', value: 'allow', description: 'ErrorCode 0: the action goes ahead' },
			{ name: 'Deny', value: 'deny', description: 'ErrorCode 1: the action is refused' },
		],
	},
	{
		displayName: 'Answer Deadline (Ms)',
		name: 'answerDeadlineMs',
		type: 'number',
		default: DEFAULT_ANSWER_DEADLINE_MS,
		typeOptions: { minValue: 100, maxValue: 1900 },
		description:
			'How long the workflow has to answer, counted from when the trigger gets the request. Tencent gives up after 2000 ms, so leave room for the network.',
		displayOptions: TENCENT_WORKFLOW_ANSWERS,
	},
	{
		displayName:
			"Paste this node's Production URL into the Mini Program admin console under Development > Development Management > Message Push, with the same Token, EncodingAESKey, encryption mode and data format as here and in the credential",
		name: 'setupNotice',
		type: 'notice',
		displayOptions: WECHAT,
		default: '',
	},
	{
		displayName: 'Events',
		name: 'events',
		type: 'multiOptions',
		displayOptions: WECHAT,
		default: [],
		description:
			'Which events start the workflow. Leave empty for all events, unknown ones included.',
		options: weChatEventOptions,
	},
	...customerServiceAnswerProperties({ source: ['weChatMiniProgram'] }),
	{
		displayName: 'Message Encryption Mode',
		name: 'encryptionMode',
		type: 'options',
		displayOptions: WECHAT,
		default: 'safe',
		description: 'Must match the mode chosen in the Mini Program admin console',
		options: [
			{
				name: 'Plaintext',
				value: 'plaintext',
				description:
					'Messages unencrypted; the query signature is checked, but it does not cover the message',
			},
			{
				name: 'Compatible',
				value: 'compatible',
				description:
					'WeChat sends plaintext and encrypted copies: the encrypted one is verified and used when present',
			},
			{
				name: 'Safe',
				value: 'safe',
				description: 'Messages encrypted (AES); unencrypted messages are refused',
			},
		],
	},
	{
		displayName:
			"Plaintext mode's signature covers only the Token, timestamp and nonce, not the message: anyone who sees one push's query string (a proxy's access log keeps it) can send any message with it until the Replay Window ends. Prefer Safe.",
		name: 'plaintextNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { source: ['weChatMiniProgram'], encryptionMode: ['plaintext'] } },
	},
	{
		displayName: 'Body Format',
		name: 'bodyFormat',
		type: 'options',
		displayOptions: WECHAT,
		default: 'auto',
		options: [
			{ name: 'Auto-Detect', value: 'auto' },
			{ name: 'XML', value: 'xml' },
			{ name: 'JSON', value: 'json' },
		],
	},
	triggerOptions([
		{
			displayName: 'Expected Original ID',
			name: 'expectedOriginalId',
			type: 'string',
			default: '',
			placeholder: 'gh_0123456789ab',
			displayOptions: { show: { '/source': ['weChatMiniProgram'] } },
			description:
				"Refuse (HTTP 403) a message whose ToUserName is not this Mini Program's original ID. Worth setting when the credential's keys are a third-party platform's, which decrypt every authorized Mini Program's messages.",
		},
		{
			displayName: 'Include Raw Message',
			name: 'includeRawMessage',
			type: 'boolean',
			default: false,
			description: 'Whether to add the decrypted message text as rawMessage',
		},
	]),
];
