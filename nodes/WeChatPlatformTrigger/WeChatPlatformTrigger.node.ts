import {
	NodeConnectionTypes,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';

import {
	DEFAULT_MAX_BODY_BYTES,
	DEFAULT_REPLAY_WINDOW_SECONDS,
} from '../protocol/wechat/callback/callbackConfig';
import { CallbackRejection, reject } from '../protocol/common/callbackRejection';
import { receiveWeChatCallback } from '../protocol/wechat/callback/receiveCallback';
import { authorizationEventItem } from '../protocol/wechat/component/authorizationEvent';
import { callbackRequestFromNode } from '../WeChatMiniProgramTrigger/callbackRequestFromNode';
import { answerPlainText } from '../WeChatMiniProgramTrigger/webhookAnswer';
import { platformCallbackConfig } from './platformCallbackConfig';

/** A merchant App ID in the message URL (WeChat fills in `$APPID$`). */
const APP_ID_SEGMENT = /^[A-Za-z0-9_-]{1,64}$/;

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
				options: [
					{
						displayName: 'Max Body Size (Bytes)',
						name: 'maxBodySize',
						type: 'number',
						default: DEFAULT_MAX_BODY_BYTES,
						description: 'Larger requests are refused with HTTP 413',
					},
					{
						displayName: 'Replay Window (Seconds)',
						name: 'replayWindowSeconds',
						type: 'number',
						default: DEFAULT_REPLAY_WINDOW_SECONDS,
						description:
							'Refuse pushes whose timestamp is further than this from now; 0 turns the check off',
					},
				],
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
		let json: Record<string, unknown>;
		try {
			const received = receiveWeChatCallback(callbackRequestFromNode(this), config, nowSeconds);
			json =
				url === 'authorization'
					? authorizationEventItem(received.item, sealer)
					: merchantEventItem(received.item, received.event, this.getParamsData());
		} catch (error) {
			const rejection =
				error instanceof CallbackRejection
					? error
					: new CallbackRejection(500, 'the trigger could not process the request');
			this.logger.warn(
				`WeChat Third-Party Platform Trigger refused a request: ${rejection.reason}`,
				{
					status: rejection.status,
					unexpected: !(error instanceof CallbackRejection),
				},
			);
			answerPlainText(this, rejection.status, rejection.reason);
			return { noWebhookResponse: true };
		}
		// WeChat resends unless it gets "success" within 5 seconds: answer before the workflow runs.
		answerPlainText(this, 200, 'success');
		return { noWebhookResponse: true, workflowData: [[{ json: { url, ...json } as never }]] };
	}
}

/** Which of the platform's two URLs WeChat pushed to. */
function pushedTo(context: IWebhookFunctions): 'authorization' | 'message' {
	if ((context.getParamsData() as { authorizerAppId?: unknown }).authorizerAppId) return 'message';
	const path = (context.getRequestObject().url ?? '').split('?')[0].replace(/\/+$/, '');
	return path.endsWith('/authorization') ? 'authorization' : 'message';
}

function merchantEventItem(
	item: Record<string, unknown>,
	event: string,
	params: object,
): Record<string, unknown> {
	const fromPath = String((params as { authorizerAppId?: unknown }).authorizerAppId ?? '');
	if (fromPath && !APP_ID_SEGMENT.test(fromPath))
		throw reject(400, 'the App ID segment of the URL is not an App ID');
	const fromMessage = typeof item.appid === 'string' ? item.appid : undefined;
	const authorizerAppId = fromPath || fromMessage;
	return {
		...item,
		event,
		...(authorizerAppId ? { authorizerAppId } : {}),
		dedupKey: authorizerAppId ? `${authorizerAppId}:${String(item.dedupKey)}` : item.dedupKey,
	};
}
