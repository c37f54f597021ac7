import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import type { Clock } from '../protocol/common/clock';
import {
	checkBeforeCallbackAnswer,
	decisionAnswer,
	isBeforeCallback,
} from '../protocol/tencent/callback/beforeCallbackAnswer';
import type { DefaultDecision } from '../protocol/tencent/callback/beforeCallbackAnswer';
import { TENCENT_CALLBACK_OK } from '../protocol/tencent/callback/callbackConfig';
import { receiveTencentCallback } from '../protocol/tencent/callback/receiveCallback';
import type { ReceivedTencentCallback } from '../protocol/tencent/callback/receiveCallback';
import { callbackRequestFromNode } from '../triggerCommon/callbackRequestFromNode';
import { answerPlainText } from '../triggerCommon/plainTextAnswer';
import { answerRefusal } from '../triggerCommon/refusal';
import { DEFAULT_ANSWER_DEADLINE_MS } from './answerDeadline';
import { tencentCallbackConfigFromNode } from './tencentCallbackConfigFromNode';
import { guardWorkflowAnswer } from '../triggerCommon/workflowAnswerGuard';

/**
 * Tencent Cloud Chat mode of the trigger. Tencent only POSTs; a GET gets 405. A valid callback is
 * answered with Tencent's OK JSON before the workflow runs, except a "before" callback when the
 * workflow answers those: then the workflow's answer is checked on its way out, and a default
 * answer goes out instead when it is invalid or late (Tencent waits 2 s).
 */
export async function tencentWebhook(
	context: IWebhookFunctions,
	/** What the Answer Deadline is counted and waited on. */
	clock: Clock,
): Promise<IWebhookResponseData> {
	const receivedAt = clock.now();
	if (context.getWebhookName() === 'setup') {
		context.getResponseObject().setHeader('Allow', 'POST');
		answerPlainText(context, 405, 'Tencent Cloud Chat callbacks are POST requests');
		return { noWebhookResponse: true };
	}

	let received: ReceivedTencentCallback;
	try {
		const config = await tencentCallbackConfigFromNode(context);
		received = receiveTencentCallback(
			callbackRequestFromNode(context),
			config,
			Math.floor(Date.now() / 1000),
		);
	} catch (error) {
		return answerRefusal(
			context,
			'WeChat Mini Program Trigger refused a Tencent Cloud Chat callback',
			error,
		);
	}

	const wanted = context.getNodeParameter('commands', []) as string[];
	const selected = wanted.length === 0 || wanted.includes(received.command);
	const options = context.getNodeParameter('options', {}) as IDataObject;
	const json = received.item as IDataObject;
	if (options.includeRawMessage === true) json.rawMessage = received.rawMessage;

	const command = received.command;
	if (selected && isBeforeCallback(command) && answersFromWorkflow(context)) {
		const deadlineMs = context.getNodeParameter(
			'answerDeadlineMs',
			DEFAULT_ANSWER_DEADLINE_MS,
		) as number;
		const fallback = context.getNodeParameter('defaultAnswer', 'allow') as DefaultDecision;
		guardWorkflowAnswer(context.getResponseObject(), {
			deadlineMs: Math.max(0, deadlineMs - (clock.now() - receivedAt)),
			clock,
			answerDeadlineMs: deadlineMs,
			defaultAnswer: decisionAnswer(fallback),
			check: (body) => checkBeforeCallbackAnswer(command, received.item, body),
			warn: (message) =>
				context.logger.warn(`WeChat Mini Program Trigger, ${command}: ${message}`, {
					defaultAnswer: fallback,
				}),
		});
		// No noWebhookResponse: n8n waits for the workflow's answer (responseMode "responseNode").
		return { workflowData: [[{ json }]] };
	}

	answerTencentOk(context);
	if (!selected) return { noWebhookResponse: true };
	return { noWebhookResponse: true, workflowData: [[{ json }]] };
}

function answersFromWorkflow(context: IWebhookFunctions): boolean {
	return context.getNodeParameter('beforeCallbackAnswer', 'trigger') === 'workflow';
}

function answerTencentOk(context: IWebhookFunctions): void {
	const response = context.getResponseObject();
	response.statusCode = 200;
	response.setHeader('Content-Type', 'application/json; charset=utf-8');
	response.setHeader('Cache-Control', 'no-store');
	response.end(TENCENT_CALLBACK_OK);
}
