import { NodeConnectionTypes } from 'n8n-workflow';
import type {
	IDataObject,
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';

import type { Clock } from '../protocol/common/clock';
import {
	answerUrlVerification,
	receiveWeChatCallback,
} from '../protocol/wechat/callback/receiveCallback';
import type { ReceivedWeChatCallback } from '../protocol/wechat/callback/receiveCallback';
import { systemClock } from '../shared/systemClock';
import { callbackRequestFromNode } from '../triggerCommon/callbackRequestFromNode';
import { answerPlainText } from '../triggerCommon/plainTextAnswer';
import { answerRefusal } from '../triggerCommon/refusal';
import { responseModeFrom } from '../triggerCommon/responseMode';
import { answerAndStart } from '../triggerCommon/customerServiceAnswer';
import { TRIGGER_VERSIONS } from '../triggerCommon/triggerVersions';
import { callbackConfigFromNode } from './callbackConfigFromNode';
import { tencentWebhook } from './tencentWebhook';
import { triggerProperties } from './triggerProperties';

export class WeChatMiniProgramTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'WeChat Mini Program Trigger',
		name: 'weChatMiniProgramTrigger',
		icon: { light: 'file:wechat.svg', dark: 'file:wechat.dark.svg' },
		group: ['trigger'],
		...TRIGGER_VERSIONS,
		subtitle:
			'={{ $parameter["source"] === "tencentChat" ? ($parameter["commands"].length ? $parameter["commands"].join(", ") : "All Chat callbacks") : ($parameter["events"].length ? $parameter["events"].join(", ") : "All events") }}',
		description:
			"Starts the workflow when a user writes to the Mini Program's customer service, WeChat pushes a live, subscription or content check event, or Tencent Cloud Chat sends an official-account callback",
		defaults: { name: 'WeChat Mini Program Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		// `hide` on one of the two: when credentials `show` every value of a field, n8n's editor takes
		// that field for an authentication switch and moves it out of the panel into the credential
		// dialog, which hid "Callbacks From".
		credentials: [
			{
				name: 'weChatMiniProgramApi',
				required: true,
				displayOptions: { hide: { source: ['tencentChat'] } },
			},
			{
				name: 'tencentChatApi',
				required: true,
				displayOptions: { show: { source: ['tencentChat'] } },
			},
		],
		webhooks: [
			// WeChat checks the push URL with a GET handshake, then POSTs events to the same URL.
			{ name: 'setup', httpMethod: 'GET', responseMode: 'onReceived', path: 'webhook' },
			// Tencent before-callbacks answered by the workflow wait for its Respond to Webhook node.
			{
				name: 'default',
				httpMethod: 'POST',
				...responseModeFrom((parameters) =>
					(parameters.source === 'tencentChat'
						? parameters.beforeCallbackAnswer
						: parameters.messageAnswer) === 'workflow'
						? 'responseNode'
						: 'onReceived',
				),
				path: 'webhook',
			},
		],
		properties: triggerProperties,
	};

	// The push URL is entered by hand in the Mini Program admin console: WeChat has no API to register it.
	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return true;
			},
		},
	};

	readonly webhook: (this: IWebhookFunctions) => Promise<IWebhookResponseData>;

	/** n8n builds the trigger with the system's clock; tests pass theirs for the answer deadlines. */
	constructor(options: { clock?: Clock } = {}) {
		const clock = options.clock ?? systemClock;
		this.webhook = async function (this: IWebhookFunctions) {
			if (this.getNodeParameter('source', 'weChatMiniProgram') === 'tencentChat')
				return await tencentWebhook(this, clock);
			return await weChatWebhook(this, clock);
		};
	}
}

async function weChatWebhook(
	context: IWebhookFunctions,
	clock: Clock,
): Promise<IWebhookResponseData> {
	const config = await callbackConfigFromNode(context);
	const request = callbackRequestFromNode(context);
	// The deadline counts on the trigger's clock; the replay window compares WeChat's signed
	// timestamp with the system's time.
	const receivedAt = clock.now();
	const nowSeconds = Math.floor(Date.now() / 1000);
	const isHandshake = context.getWebhookName() === 'setup';

	let answer: string | ReceivedWeChatCallback;
	try {
		answer = isHandshake
			? answerUrlVerification(request, config, nowSeconds)
			: receiveWeChatCallback(request, config, nowSeconds);
	} catch (error) {
		return answerRefusal(context, 'WeChat Mini Program Trigger refused a request', error);
	}

	if (typeof answer === 'string') {
		answerPlainText(context, 200, answer);
		return { noWebhookResponse: true };
	}
	const wanted = context.getNodeParameter('events', []) as string[];
	const selected = wanted.length === 0 || wanted.includes(answer.event);
	const options = context.getNodeParameter('options', {}) as IDataObject;
	const json = answer.item as IDataObject;
	if (options.includeRawMessage === true) json.rawMessage = answer.rawMessage;
	return answerAndStart(context, answer, config, json, selected, {
		clock,
		receivedAt,
		triggerName: 'WeChat Mini Program Trigger',
	});
}
