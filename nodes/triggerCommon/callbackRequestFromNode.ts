import type { IWebhookFunctions } from 'n8n-workflow';

import type { CallbackRequest } from '../protocol/common/callbackRequest';

/**
 * The request as WeChat sent it. The body comes from `rawBody`, never from n8n's pre-parsed body:
 * n8n's XML parser lower-cases tags and the signature covers the exact bytes.
 */
export function callbackRequestFromNode(context: IWebhookFunctions): CallbackRequest {
	const request = context.getRequestObject();
	const rawBody = (request as { rawBody?: unknown }).rawBody;
	const contentType = request.headers['content-type'];
	return {
		query: (context.getQueryData() ?? {}) as Record<string, unknown>,
		contentType: typeof contentType === 'string' ? contentType : undefined,
		rawBody: rawBody instanceof Uint8Array ? rawBody : undefined,
	};
}
