import { jsonParse } from 'n8n-workflow';
import type {
	IDataObject,
	IExecuteFunctions,
	INode,
	INodeExecutionData,
	INodeType,
} from 'n8n-workflow';

import { emitItemsNode, standInDescription } from '../../testkit/engine/engineNodeTypes';
import { runWorkflow } from '../../testkit/engine/runWorkflow';
import type { AnsweringWorkflow, WorkflowResponse } from './triggerServer';

/**
 * Stands in for n8n's Respond to Webhook node, "Respond With: JSON": evaluates `responseBody`
 * (an expression over the trigger's item) and hands it on as n8n would. `fail` makes the node
 * throw before it answers.
 */
class RespondToWebhookStandIn implements INodeType {
	description = standInDescription({
		displayName: 'Respond to Webhook (test)',
		name: 'respondToWebhook',
		description: 'Test stand-in',
		defaults: { name: 'Respond to Webhook' },
		properties: [
			{ displayName: 'Response Body', name: 'responseBody', type: 'json', default: '{}' },
			{ displayName: 'Response Code', name: 'responseCode', type: 'number', default: 200 },
			{ displayName: 'Fail', name: 'fail', type: 'boolean', default: false },
		],
	});

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		// n8n calls execute with the node's context as `this`; the answer goes out through the stand-in's own channel.
		const respond = RESPONDERS.get(this.getNode().id)!;
		if (this.getNodeParameter('fail', 0) as boolean)
			throw new Error('the moderation service is down');
		const raw = this.getNodeParameter('responseBody', 0) as string | IDataObject;
		const body = typeof raw === 'string' ? jsonParse(raw) : raw;
		const statusCode = this.getNodeParameter('responseCode', 0) as number;
		respond({ body, statusCode });
		return [this.getInputData()];
	}
}

/** Per workflow run: where the Respond node's answer goes (n8n-core calls execute with its own `this`). */
const RESPONDERS = new Map<string, (response: WorkflowResponse) => void>();

let runs = 0;

/** The workflow's first node: emits the trigger's item, as the trigger would start the run. */
function triggerItem(json: IDataObject): INode {
	return emitItemsNode([json], 'Trigger');
}

/** Emit the trigger's item -> Respond to Webhook, run through n8n-core's engine. */
export function answeringWorkflow(respond: {
	responseBody: string;
	responseCode?: number;
	/** The workflow answers this long after the trigger received the callback (its clock moves on). */
	lateByMs?: number;
	fail?: boolean;
}): AnsweringWorkflow {
	const { lateByMs, ...parameters } = respond;
	return async (json, send, clock) => {
		if (lateByMs !== undefined) {
			clock.advance(lateByMs);
			// The deadline's answer goes out in the turn the clock moved; this one comes after it.
			await new Promise((resolve) => setImmediate(resolve));
		}
		const nodeId = `respond-${++runs}`;
		RESPONDERS.set(nodeId, send);
		const result = await runWorkflow({
			extraNodeTypes: { 'test.respondToWebhook': new RespondToWebhookStandIn() },
			nodes: [
				triggerItem(json),
				{
					id: nodeId,
					name: 'Respond to Webhook',
					type: 'test.respondToWebhook',
					typeVersion: 1,
					position: [200, 0],
					parameters: { responseCode: 200, ...parameters },
				},
			],
			connections: {
				Trigger: { main: [[{ node: 'Respond to Webhook', type: 'main', index: 0 }]] },
			},
		});
		RESPONDERS.delete(nodeId);
		if (result.error) throw new Error(result.error.message);
	};
}

/** Emit the trigger's item -> WeChat Mini Program node, Chat Callback > Answer Before-Callback. */
export function answerNodeWorkflow(parameters: IDataObject): AnsweringWorkflow {
	return async (json, send) => {
		const result = await runWorkflow({
			onSendResponse: (response) =>
				send({
					body: response.body,
					statusCode: response.statusCode as number | undefined,
					headers: response.headers as Record<string, string>,
				}),
			nodes: [
				triggerItem(json),
				{
					id: 'answer',
					name: 'Answer',
					type: 'n8n-nodes-wechat-miniprogram.weChatMiniProgram',
					typeVersion: 1,
					position: [200, 0],
					parameters: { resource: 'chatCallback', operation: 'answer', ...parameters },
				},
			],
			connections: { Trigger: { main: [[{ node: 'Answer', type: 'main', index: 0 }]] } },
		});
		if (result.error) throw new Error(result.error.message);
	};
}
