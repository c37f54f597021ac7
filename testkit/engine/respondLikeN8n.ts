import type { ServerResponse } from 'node:http';

import { resolveWebhookDescriptionField } from 'n8n-workflow';
import type { IDataObject, INode, IWebhookDescription, Workflow } from 'n8n-workflow';

import type { ManualClock } from '../clock/manualClock';

/** What a Respond to Webhook node hands n8n (IExecuteResponsePromiseData). */
export interface WorkflowResponse {
	body: unknown;
	statusCode?: number;
	headers?: Record<string, string>;
}

/**
 * The workflow behind the trigger when its webhook is in responseNode mode: gets the trigger's
 * item and may call `respond` (as a Respond to Webhook node would). A throw is a failed workflow.
 * A workflow that is late moves the trigger's `clock` past the answer deadline.
 */
export type AnsweringWorkflow = (
	json: IDataObject,
	respond: (response: WorkflowResponse) => void,
	clock: ManualClock,
) => Promise<void>;

/**
 * What n8n 2.41 does in responseNode mode (webhook-helpers.ts, webhook-request-handler.ts): the
 * first Respond to Webhook answer is written with Express's status/set/json; a failed workflow
 * that has not answered gets 500 {"message":"Error in workflow"}; one that ends without answering
 * gets an empty 200. n8n then calls res.end() once more.
 */
export async function answerLikeN8n(
	res: ServerResponse,
	json: IDataObject,
	answeringWorkflow: AnsweringWorkflow | undefined,
	logs: string[],
	clock: ManualClock,
): Promise<void> {
	let answered = false;
	const write = (statusCode: number, body: unknown, headers: Record<string, string> = {}) => {
		if (answered) return;
		answered = true;
		res.statusCode = statusCode;
		for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
		if (body === undefined) res.end();
		else if (typeof body === 'string') {
			res.setHeader('Content-Type', 'text/html; charset=utf-8');
			res.end(body);
		} else if (Buffer.isBuffer(body)) res.end(body);
		else {
			res.setHeader('Content-Type', 'application/json; charset=utf-8');
			res.setHeader('Content-Security-Policy', 'sandbox');
			res.end(JSON.stringify(body));
		}
		process.nextTick(() => res.end());
	};
	try {
		await answeringWorkflow?.(json, (r) => write(r.statusCode ?? 200, r.body, r.headers), clock);
		write(200, undefined);
	} catch (error) {
		logs.push(`workflow failed: ${(error as Error).message}`);
		write(500, { message: 'Error in workflow' });
	}
}

/**
 * The webhook's response mode as n8n 2.41 reads it (WebhookExecutionContext): natively from the
 * node's parameters when the description declares a resolver and no parameter is an expression,
 * else through the expression engine.
 */
export function responseModeOf(
	workflow: Workflow,
	node: INode,
	description: IWebhookDescription,
): unknown {
	const native = resolveWebhookDescriptionField(
		workflow.getNode(node.name) ?? node,
		description,
		'responseMode',
	);
	if (native.resolved) return native.value;
	return workflow.expression.getSimpleParameterValue(
		node,
		description.responseMode,
		'internal',
		{},
		undefined,
		'onReceived',
	);
}
