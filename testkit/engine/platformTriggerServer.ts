import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { NodeHelpers, Workflow } from 'n8n-workflow';
import type {
	ICredentialDataDecryptedObject,
	INode,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	INodeTypes,
} from 'n8n-workflow';

import { ManualClock } from '../clock/manualClock';
import { InMemoryCredentials } from './credentialsStore';
import { answerLikeN8n, responseModeOf } from './respondLikeN8n';
import type { AnsweringWorkflow } from './respondLikeN8n';
import { webhookContextFor } from './webhookContext';

export const PLATFORM_TRIGGER_TYPE = 'n8n-nodes-wechat-miniprogram.weChatPlatformTrigger';
const HOOK_ID = 'platform-hook';

export interface PlatformTriggerServer {
	/** The URLs to enter in the open platform console. */
	authorizationUrl: string;
	messageUrl: string;
	/** Items of every push that started the workflow. */
	started: INodeExecutionData[][];
	logs: string[];
	/** Resolves when every workflow run started so far has finished. */
	idle(): Promise<void>;
	close(): Promise<void>;
}

/**
 * Plays n8n's webhook server for the WeChat Third-Party Platform Trigger: routes the three
 * registered paths (the last one dynamic, `message/:authorizerAppId`), builds n8n-core's
 * WebhookContext and, when the trigger starts the workflow, hands its items to `onStart`
 * (which runs the rest of the workflow, e.g. through runWorkflow).
 */
export async function startPlatformTriggerServer(
	trigger: INodeType,
	credentials: ICredentialDataDecryptedObject,
	onStart: (items: INodeExecutionData[], node: INode) => Promise<void>,
	options: {
		/** The trigger's parameters (defaults for the rest). */
		parameters?: INodeParameters;
		/** Answers through Respond to Webhook when the webhook is in responseNode mode. */
		answeringWorkflow?: AnsweringWorkflow;
		/** The clock the trigger was built with (moved by a late answering workflow). */
		clock?: ManualClock;
	} = {},
): Promise<PlatformTriggerServer> {
	const nodeTypes = {
		getByName: () => trigger,
		getByNameAndVersion: () => trigger,
		getKnownTypes: () => ({}),
	} as unknown as INodeTypes;
	const node: INode = {
		id: 'platform-trigger',
		name: 'WeChat Third-Party Platform Trigger',
		type: PLATFORM_TRIGGER_TYPE,
		typeVersion: 2,
		position: [0, 0],
		webhookId: HOOK_ID,
		parameters:
			NodeHelpers.getNodeParameters(
				trigger.description.properties,
				options.parameters ?? {},
				true,
				false,
				null,
				null,
			) ?? {},
		credentials: { weChatPlatformApi: { id: 'platform-cred', name: 'platform' } },
	};
	const workflow = new Workflow({
		id: 'platform-wf',
		name: 'platform trigger',
		active: true,
		nodeTypes,
		nodes: [node],
		connections: {},
	});
	const clock = options.clock ?? new ManualClock();
	const credentialsHelper = new InMemoryCredentials({ weChatPlatformApi: credentials });
	const started: INodeExecutionData[][] = [];
	const logs: string[] = [];
	const running = new Set<Promise<void>>();

	const handle = async (req: IncomingMessage, res: ServerResponse) => {
		const chunks: Buffer[] = [];
		for await (const chunk of req) chunks.push(chunk as Buffer);
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		const route = routeOf(url.pathname);
		const description = trigger.description.webhooks?.find(
			(webhook) => webhook.path === route?.path && webhook.httpMethod === req.method,
		);
		if (!route || !description) {
			res.statusCode = 404;
			res.end('not registered');
			return;
		}
		const query = Object.fromEntries(url.searchParams);
		Object.assign(req, { rawBody: Buffer.concat(chunks), query, params: route.params, body: {} });
		const context = webhookContextFor({ req, res, description }, workflow, node, {
			credentialsHelper,
			hook: { webhookId: HOOK_ID, path: description.path as string },
			logs,
		});
		const result = await trigger.webhook!.call(context);
		if (!result.workflowData) return;
		const items = result.workflowData[0];
		started.push(items);
		const responseMode = responseModeOf(workflow, node, description);
		if (responseMode === 'responseNode' && !result.noWebhookResponse)
			void answerLikeN8n(res, items[0].json, options.answeringWorkflow, logs, clock);
		const run = onStart(items, node).finally(() => running.delete(run));
		running.add(run);
	};

	const server = createServer((req, res) => {
		handle(req, res).catch((error: Error) => {
			logs.push(`harness failure: ${error.stack ?? error.message}`);
			if (!res.headersSent) res.statusCode = 599;
			res.end();
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook/${HOOK_ID}`;
	return {
		authorizationUrl: `${base}/authorization`,
		messageUrl: `${base}/message`,
		started,
		logs,
		idle: async () => {
			while (running.size > 0) await Promise.all([...running]);
		},
		close: async () =>
			await new Promise<void>((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}

function routeOf(pathname: string): { path: string; params: Record<string, string> } | undefined {
	const rest = pathname.replace(`/webhook/${HOOK_ID}/`, '');
	if (rest === pathname) return undefined;
	if (rest === 'authorization' || rest === 'message') return { path: rest, params: {} };
	const merchant = /^message\/([^/]+)$/.exec(rest);
	if (merchant)
		return {
			path: 'message/:authorizerAppId',
			params: { authorizerAppId: decodeURIComponent(merchant[1]) },
		};
	return undefined;
}
