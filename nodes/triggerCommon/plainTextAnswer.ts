import type { IWebhookFunctions } from 'n8n-workflow';

/**
 * Answers WeChat directly with plain text. Uses only Node's ServerResponse API, which Express's
 * response extends; the caller then returns `noWebhookResponse: true` so n8n adds nothing.
 */
export function answerPlainText(context: IWebhookFunctions, status: number, body: string): void {
	const response = context.getResponseObject();
	response.statusCode = status;
	response.setHeader('Content-Type', 'text/plain; charset=utf-8');
	response.setHeader('X-Content-Type-Options', 'nosniff');
	response.setHeader('Cache-Control', 'no-store');
	response.end(body);
}
