import {
	type IDataObject,
	type IHookFunctions,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
	NodeConnectionTypes,
} from 'n8n-workflow';

import {
	answerUrlVerification,
	receiveWeChatCallback,
	type ReceivedWeChatCallback,
} from '../protocol/wechat/callback/receiveCallback';
import { callbackRequestFromNode } from '../triggerCommon/callbackRequestFromNode';
import { answerPlainText } from '../triggerCommon/plainTextAnswer';
import { answerRefusal } from '../triggerCommon/refusal';
import { callbackConfigFromNode } from './callbackConfigFromNode';
import { tencentWebhook } from './tencentWebhook';
import { triggerProperties } from './triggerProperties';

export class WeChatMiniProgramTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'WeChat Mini Program Trigger',
		name: 'weChatMiniProgramTrigger',
		icon: { light: 'file:wechat.svg', dark: 'file:wechat.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle:
			'={{ $parameter["source"] === "tencentChat" ? ($parameter["commands"].length ? $parameter["commands"].join(", ") : "All Chat callbacks") : ($parameter["events"].length ? $parameter["events"].join(", ") : "All events") }}',
		description:
			'Starts the workflow when WeChat pushes a Mini Program live or subscription message event, or Tencent Cloud Chat sends an official-account callback',
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
				responseMode:
					'={{ $parameter["source"] === "tencentChat" && $parameter["beforeCallbackAnswer"] === "workflow" ? "responseNode" : "onReceived" }}',
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

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		if (this.getNodeParameter('source', 'weChatMiniProgram') === 'tencentChat')
			return await tencentWebhook(this);
		const config = await callbackConfigFromNode(this);
		const request = callbackRequestFromNode(this);
		const nowSeconds = Math.floor(Date.now() / 1000);
		const isHandshake = this.getWebhookName() === 'setup';

		let answer: string | ReceivedWeChatCallback;
		try {
			answer = isHandshake
				? answerUrlVerification(request, config, nowSeconds)
				: receiveWeChatCallback(request, config, nowSeconds);
		} catch (error) {
			return answerRefusal(this, 'WeChat Mini Program Trigger refused a request', error);
		}

		if (typeof answer === 'string') {
			answerPlainText(this, 200, answer);
			return { noWebhookResponse: true };
		}
		// WeChat retries unless it gets "success" within 5 seconds, so answer before the workflow runs.
		answerPlainText(this, 200, 'success');
		const wanted = this.getNodeParameter('events', []) as string[];
		if (wanted.length > 0 && !wanted.includes(answer.event)) return { noWebhookResponse: true };

		const options = this.getNodeParameter('options', {}) as IDataObject;
		const json = answer.item as IDataObject;
		if (options.includeRawMessage === true) json.rawMessage = answer.rawMessage;
		return { noWebhookResponse: true, workflowData: [[{ json }]] };
	}
}
