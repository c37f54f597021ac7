import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import type { Clock } from '../protocol/common/clock';
import type { CallbackConfig } from '../protocol/wechat/callback/callbackConfig';
import {
	isCustomerServiceMessage,
	readWorkflowAnswer,
} from '../protocol/wechat/callback/customerServiceAnswer';
import type { CustomerServiceAnswer } from '../protocol/wechat/callback/customerServiceAnswer';
import { transferToCustomerServiceReply } from '../protocol/wechat/callback/passiveReply';
import type { ReceivedWeChatCallback } from '../protocol/wechat/callback/receiveCallback';
import { answerPlainText } from './plainTextAnswer';
import { guardWorkflowAnswer } from './workflowAnswerGuard';

/** WeChat gives up after 5 s; 4000 ms leaves room for the network. */
export const DEFAULT_CUSTOMER_SERVICE_DEADLINE_MS = 4000;

export type MessageAnswerSetting = 'success' | 'transferUnselected' | 'workflow';

/** The answer WeChat gets for `received`, as text and content type. */
function replyFor(
	answer: CustomerServiceAnswer,
	received: ReceivedWeChatCallback,
	config: CallbackConfig,
): { body: string; contentType: string } {
	if (answer === 'success') return { body: 'success', contentType: 'text/plain; charset=utf-8' };
	return transferToCustomerServiceReply({
		message: received.item,
		format: received.format,
		encrypted: received.encrypted,
		token: config.token,
		encodingAESKey: config.encodingAESKey,
		appId: config.appIds[0] ?? '',
		nowSeconds: Math.floor(Date.now() / 1000),
	});
}

/**
 * Both WeChat triggers answer customer service messages the same way (Customer Service Answer,
 * customerServiceProperties.ts): the Mini Program trigger with the Mini Program's Token and key,
 * the platform trigger at its message URL with the platform's, for every merchant.
 */

/** Answers WeChat now: "success", or transfer_customer_service for an unselected message when set so. */
function answerAtOnce(
	context: IWebhookFunctions,
	received: ReceivedWeChatCallback,
	config: CallbackConfig,
	selected: boolean,
): void {
	const setting = context.getNodeParameter('messageAnswer', 'success') as MessageAnswerSetting;
	const transfer =
		isCustomerServiceMessage(received.item) &&
		((setting === 'transferUnselected' && !selected) ||
			(setting === 'workflow' && !selected && defaultAnswer(context) === 'transfer'));
	const reply = replyFor(transfer ? 'transfer' : 'success', received, config);
	if (reply.body === 'success') return answerPlainText(context, 200, 'success');
	const response = context.getResponseObject();
	response.statusCode = 200;
	response.setHeader('Content-Type', reply.contentType);
	response.setHeader('Cache-Control', 'no-store');
	response.end(reply.body);
}

/** Whether this push waits for the workflow's Respond to Webhook (a selected message, answers from the workflow). */
function answersFromWorkflow(
	context: IWebhookFunctions,
	received: ReceivedWeChatCallback,
	selected: boolean,
): boolean {
	return (
		selected &&
		isCustomerServiceMessage(received.item) &&
		context.getNodeParameter('messageAnswer', 'success') === 'workflow'
	);
}

/**
 * Lets the workflow decide with Respond to Webhook ("success" or "transfer_customer_service"),
 * checked on its way out; the default answer goes out when the workflow fails, answers something
 * else or is later than the deadline, so WeChat always has its answer within 5 s.
 */
function guardCustomerServiceAnswer(
	context: IWebhookFunctions,
	received: ReceivedWeChatCallback,
	config: CallbackConfig,
	clock: Clock,
	/** When the request arrived, on `clock`. */
	receivedAt: number,
	/** Begins the log line: the trigger's name. */
	triggerName: string,
): void {
	const deadlineMs = context.getNodeParameter(
		'messageAnswerDeadlineMs',
		DEFAULT_CUSTOMER_SERVICE_DEADLINE_MS,
	) as number;
	const fallback = defaultAnswer(context);
	const replies = {
		success: replyFor('success', received, config),
		transfer: replyFor('transfer', received, config),
	};
	const contentTypes = new Map(
		Object.values(replies).map((reply) => [reply.body, reply.contentType]),
	);
	guardWorkflowAnswer(context.getResponseObject(), {
		deadlineMs: Math.max(0, deadlineMs - (clock.now() - receivedAt)),
		clock,
		answerDeadlineMs: deadlineMs,
		defaultAnswer: replies[fallback].body,
		check: (body) => {
			const checked = readWorkflowAnswer(body);
			return checked.ok ? { ok: true, answer: replies[checked.answer].body } : checked;
		},
		contentType: (answer) => contentTypes.get(answer) ?? 'text/plain; charset=utf-8',
		warn: (message) =>
			context.logger.warn(`${triggerName}, ${received.event} message: ${message}`, {
				defaultAnswer: fallback,
			}),
	});
}

/** When a push arrived and who received it: what the answer deadline and its log line need. */
export interface AnswerDeadline {
	clock: Clock;
	/** When the request arrived, on `clock`. */
	receivedAt: number;
	/** Begins the log line: the trigger's name. */
	triggerName: string;
}

/**
 * Answers a verified push and starts the workflow with `json` when the event filter selects it.
 * A selected customer service message answered by the workflow waits for its Respond to Webhook
 * (guarded by the deadline); everything else is answered at once, before the workflow runs, as
 * WeChat resends unless it has an answer within 5 s.
 */
export function answerAndStart(
	context: IWebhookFunctions,
	received: ReceivedWeChatCallback,
	config: CallbackConfig,
	json: IDataObject,
	selected: boolean,
	deadline: AnswerDeadline,
): IWebhookResponseData {
	if (answersFromWorkflow(context, received, selected)) {
		const { clock, receivedAt, triggerName } = deadline;
		guardCustomerServiceAnswer(context, received, config, clock, receivedAt, triggerName);
		// No noWebhookResponse: n8n waits for the workflow's answer (responseMode "responseNode").
		return { workflowData: [[{ json }]] };
	}
	answerAtOnce(context, received, config, selected);
	if (!selected) return { noWebhookResponse: true };
	return { noWebhookResponse: true, workflowData: [[{ json }]] };
}

function defaultAnswer(context: IWebhookFunctions): CustomerServiceAnswer {
	return context.getNodeParameter('messageDefaultAnswer', 'success') as CustomerServiceAnswer;
}
