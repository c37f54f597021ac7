import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { TENCENT_CALLBACK_OK } from '../protocol/tencent/callback/callbackConfig';
import {
	receiveTencentCallback,
	type ReceivedTencentCallback,
} from '../protocol/tencent/callback/receiveCallback';
import { CallbackRejection } from '../protocol/common/callbackRejection';
import { callbackRequestFromNode } from './callbackRequestFromNode';
import { tencentCallbackConfigFromNode } from './tencentCallbackConfigFromNode';
import { answerPlainText } from './webhookAnswer';

/**
 * Tencent Cloud Chat mode of the trigger. Tencent only POSTs; a GET gets 405. A valid callback is
 * answered with Tencent's OK JSON before the workflow runs ("Before" callbacks time out after 2 s).
 */
export async function tencentWebhook(context: IWebhookFunctions): Promise<IWebhookResponseData> {
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
		const rejection =
			error instanceof CallbackRejection
				? error
				: new CallbackRejection(500, 'the trigger could not process the request');
		context.logger.warn(
			`WeChat Mini Program Trigger refused a Tencent Cloud Chat callback: ${rejection.reason}`,
			{
				status: rejection.status,
				unexpected: !(error instanceof CallbackRejection),
			},
		);
		// Plain text on purpose: Tencent reads only JSON answers, so a refusal can never be taken for a veto.
		answerPlainText(context, rejection.status, rejection.reason);
		return { noWebhookResponse: true };
	}

	answerTencentOk(context);
	const wanted = context.getNodeParameter('commands', []) as string[];
	if (wanted.length > 0 && !wanted.includes(received.command)) return { noWebhookResponse: true };

	const options = context.getNodeParameter('options', {}) as IDataObject;
	const json = received.item as IDataObject;
	if (options.includeRawMessage === true) json.rawMessage = received.rawMessage;
	return { noWebhookResponse: true, workflowData: [[{ json }]] };
}

function answerTencentOk(context: IWebhookFunctions): void {
	const response = context.getResponseObject();
	response.statusCode = 200;
	response.setHeader('Content-Type', 'application/json; charset=utf-8');
	response.setHeader('Cache-Control', 'no-store');
	response.end(TENCENT_CALLBACK_OK);
}
