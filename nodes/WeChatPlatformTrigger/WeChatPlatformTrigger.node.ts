import { NodeConnectionTypes } from 'n8n-workflow';
import type {
	IDataObject,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';

import type { Clock } from '../protocol/common/clock';
import { receiveWeChatCallback } from '../protocol/wechat/callback/receiveCallback';
import type { ReceivedWeChatCallback } from '../protocol/wechat/callback/receiveCallback';
import { checkAppIdSegment, platformPushItem } from '../protocol/wechat/component/platformPushItem';
import type { PlatformUrl } from '../protocol/wechat/component/platformPushItem';
import { systemClock } from '../shared/systemClock';
import { callbackRequestFromNode } from '../triggerCommon/callbackRequestFromNode';
import { answerAndStart } from '../triggerCommon/customerServiceAnswer';
import {
	customerServiceAnswerProperties,
	weChatEventOptions,
} from '../triggerCommon/customerServiceProperties';
import { triggerOptions } from '../triggerCommon/commonOptions';
import { answerPlainText } from '../triggerCommon/plainTextAnswer';
import { answerRefusal } from '../triggerCommon/refusal';
import { responseModeFrom } from '../triggerCommon/responseMode';
import { TRIGGER_VERSIONS } from '../triggerCommon/triggerVersions';
import { platformCallbackConfig } from './platformCallbackConfig';

/** Customer service messages answered by the workflow wait for its Respond to Webhook node. */
const MESSAGE_RESPONSE_MODE = responseModeFrom((parameters) =>
	parameters.messageAnswer === 'workflow' ? 'responseNode' : 'onReceived',
);

export class WeChatPlatformTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'WeChat Third-Party Platform Trigger',
		name: 'weChatPlatformTrigger',
		icon: { light: 'file:wechat.svg', dark: 'file:wechat.dark.svg' },
		group: ['trigger'],
		...TRIGGER_VERSIONS,
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
			// The message-and-event URL, with or without WeChat's $APPID$ segment. Customer service
			// messages answered by the workflow wait for its Respond to Webhook node.
			{ name: 'default', httpMethod: 'POST', ...MESSAGE_RESPONSE_MODE, path: 'message' },
			{
				name: 'default',
				httpMethod: 'POST',
				...MESSAGE_RESPONSE_MODE,
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
				displayName: 'Merchant Events',
				name: 'events',
				type: 'multiOptions',
				default: [],
				description:
					"Which merchants' events start the workflow. Leave empty for all events, unknown ones included. Tickets and authorization changes always do.",
				options: weChatEventOptions,
			},
			...customerServiceAnswerProperties(),
			triggerOptions(),
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

	readonly webhook: (this: IWebhookFunctions) => Promise<IWebhookResponseData>;

	/** n8n builds the trigger with the system's clock; tests pass theirs for the answer deadline. */
	constructor(options: { clock?: Clock } = {}) {
		const clock = options.clock ?? systemClock;
		this.webhook = async function (this: IWebhookFunctions) {
			return await platformWebhook(this, clock);
		};
	}
}

const TRIGGER_NAME = 'WeChat Third-Party Platform Trigger';

async function platformWebhook(
	context: IWebhookFunctions,
	clock: Clock,
): Promise<IWebhookResponseData> {
	const receivedAt = clock.now();
	const { config, sealer } = await platformCallbackConfig(context);
	const nowSeconds = Math.floor(Date.now() / 1000);
	const url = pushedTo(context);
	const appIdSegment = appIdSegmentOf(context);
	let received: ReceivedWeChatCallback;
	let json: IDataObject;
	try {
		checkAppIdSegment(appIdSegment);
		received = receiveWeChatCallback(callbackRequestFromNode(context), config, nowSeconds);
		json = {
			url,
			...platformPushItem(received.item, received.event, { url, appIdSegment }, sealer),
		} as IDataObject;
	} catch (error) {
		return answerRefusal(context, `${TRIGGER_NAME} refused a request`, error);
	}
	// Tickets and authorization changes always start the workflow and are answered "success".
	if (json.InfoType !== undefined) {
		answerPlainText(context, 200, 'success');
		return { noWebhookResponse: true, workflowData: [[{ json }]] };
	}
	const wanted = context.getNodeParameter('events', []) as string[];
	const selected = wanted.length === 0 || wanted.includes(received.event);
	return answerAndStart(context, received, config, json, selected, {
		clock,
		receivedAt,
		triggerName: TRIGGER_NAME,
	});
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
