import {
	NodeConnectionTypes,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';

import { receiveWeChatCallback } from '../protocol/wechat/callback/receiveCallback';
import {
	checkAppIdSegment,
	type PlatformUrl,
	platformPushItem,
} from '../protocol/wechat/component/platformPushItem';
import { callbackRequestFromNode } from '../triggerCommon/callbackRequestFromNode';
import { maxBodySizeOption, replayWindowOption } from '../triggerCommon/commonOptions';
import { answerPlainText } from '../triggerCommon/plainTextAnswer';
import { answerRefusal } from '../triggerCommon/refusal';
import { platformCallbackConfig } from './platformCallbackConfig';

export class WeChatPlatformTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'WeChat Third-Party Platform Trigger',
		name: 'weChatPlatformTrigger',
		icon: { light: 'file:wechat.svg', dark: 'file:wechat.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: 'Tickets, authorizations and merchant events',
		description:
			'Starts the workflow when WeChat pushes to a third-party platform: verify tickets and authorization changes, or the events of every authorized Mini Program',
		defaults: { name: 'WeChat Third-Party Platform Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'weChatPlatformApi', required: true }],
		webhooks: [
			// The authorization-event URL: tickets every 10 minutes, and authorization changes.
			{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'authorization' },
			// The message-and-event URL, with or without WeChat's $APPID$ segment.
			{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'message' },
			{
				name: 'default',
				httpMethod: 'POST',
				responseMode: 'onReceived',
				path: 'message/:authorizerAppId',
			},
		],
		properties: [
			{
				displayName:
					'In the open platform console (Development Settings) set the Authorization Event URL to the "authorization" Production URL and the Message and Event URL to the "message" one followed by /$APPID$. Use one trigger for the ticket workflow (authorization URL) and another workflow for merchant events (message URL).',
				name: 'setupNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add option',
				default: {},
				options: [maxBodySizeOption, replayWindowOption],
			},
		],
	};

	// Both URLs are entered by hand in the open platform console: WeChat has no API to register them.
	webhookMethods = {
		default: {
			checkExists: async () => true,
			create: async () => true,
			delete: async () => true,
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const { config, sealer } = await platformCallbackConfig(this);
		const nowSeconds = Math.floor(Date.now() / 1000);
		const url = pushedTo(this);
		const appIdSegment = appIdSegmentOf(this);
		let json: Record<string, unknown>;
		try {
			checkAppIdSegment(appIdSegment);
			const received = receiveWeChatCallback(callbackRequestFromNode(this), config, nowSeconds);
			json = platformPushItem(received.item, received.event, { url, appIdSegment }, sealer);
		} catch (error) {
			return answerRefusal(this, 'WeChat Third-Party Platform Trigger refused a request', error);
		}
		// WeChat resends unless it gets "success" within 5 seconds: answer before the workflow runs.
		answerPlainText(this, 200, 'success');
		return { noWebhookResponse: true, workflowData: [[{ json: { url, ...json } as never }]] };
	}
}

/** Which of the platform's two URLs WeChat pushed to. */
function pushedTo(context: IWebhookFunctions): PlatformUrl {
	if (appIdSegmentOf(context)) return 'message';
	const path = (context.getRequestObject().url ?? '').split('?')[0].replace(/\/+$/, '');
	return path.endsWith('/authorization') ? 'authorization' : 'message';
}

/** The `$APPID$` segment of the message URL, unsigned. */
function appIdSegmentOf(context: IWebhookFunctions): string | undefined {
	const segment = (context.getParamsData() as { authorizerAppId?: unknown }).authorizerAppId;
	return typeof segment === 'string' && segment !== '' ? segment : undefined;
}
