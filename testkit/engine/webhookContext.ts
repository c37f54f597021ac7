import type { IncomingMessage, ServerResponse } from 'node:http';

import { WebhookContext } from 'n8n-core';
import type {
	ICredentialsHelper,
	INode,
	IWebhookData,
	IWebhookDescription,
	IWorkflowExecuteAdditionalData,
	Workflow,
} from 'n8n-workflow';

/** Where a webhook was registered: n8n's webhook id and the path below it. */
export interface HookAddress {
	webhookId: string;
	path: string;
}

/**
 * The context n8n-core gives a trigger's `webhook()` for one request, as n8n's webhook service
 * builds it: the request and response, the credentials, and a logger whose lines go to `logs`.
 */
export function webhookContextFor(
	request: { req: IncomingMessage; res: ServerResponse; description: IWebhookDescription },
	workflow: Workflow,
	node: INode,
	{
		credentialsHelper,
		hook,
		logs,
	}: {
		credentialsHelper: ICredentialsHelper;
		hook: HookAddress;
		logs: string[];
	},
): WebhookContext {
	const additionalData = {
		credentialsHelper,
		httpRequest: request.req,
		httpResponse: request.res,
		variables: {},
		restApiUrl: '',
		instanceBaseUrl: 'http://127.0.0.1/',
		webhookBaseUrl: 'http://127.0.0.1/webhook',
		webhookTestBaseUrl: 'http://127.0.0.1/webhook-test',
		webhookWaitingBaseUrl: '',
		formWaitingBaseUrl: '',
		currentNodeExecutionIndex: 0,
	} as unknown as IWorkflowExecuteAdditionalData;
	const webhookData: IWebhookData = {
		httpMethod: request.req.method as 'GET' | 'POST',
		node: node.name,
		path: `${hook.webhookId}/${hook.path}`,
		webhookDescription: request.description,
		workflowId: workflow.id,
		workflowExecuteAdditionalData: additionalData,
		webhookId: hook.webhookId,
	};
	const context = new WebhookContext(
		workflow,
		node,
		additionalData,
		'webhook',
		webhookData,
		[],
		null,
	);
	Object.defineProperty(context, 'logger', {
		value: {
			debug: (m: string) => logs.push(m),
			info: (m: string) => logs.push(m),
			warn: (m: string, meta?: unknown) => logs.push(`${m} ${JSON.stringify(meta)}`),
			error: (m: string, meta?: unknown) => logs.push(`${m} ${JSON.stringify(meta)}`),
		},
	});
	return context;
}
