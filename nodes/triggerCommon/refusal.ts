import type { IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { CallbackRejection } from '../protocol/common/callbackRejection';
import { answerPlainText } from './plainTextAnswer';

/**
 * Answers a refused callback and starts nothing. A CallbackRejection's reason is written by us and
 * safe to send back; anything else thrown is a bug and gets a fixed 500 sentence. Plain text on
 * purpose: neither WeChat nor Tencent can take it for an answer they act on (such as a veto).
 */
export function answerRefusal(
	context: IWebhookFunctions,
	/** Begins the log line, e.g. "WeChat Mini Program Trigger refused a request". */
	refused: string,
	error: unknown,
): IWebhookResponseData {
	const expected = error instanceof CallbackRejection;
	const rejection = expected
		? error
		: new CallbackRejection(500, 'the trigger could not process the request');
	context.logger.warn(`${refused}: ${rejection.reason}`, {
		status: rejection.status,
		unexpected: !expected,
	});
	answerPlainText(context, rejection.status, rejection.reason);
	return { noWebhookResponse: true };
}
