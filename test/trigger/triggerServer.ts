import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { XMLParser } from 'fast-xml-parser';
import { ICredentialsHelper, NodeHelpers, Workflow } from 'n8n-workflow';
import type {
	ICredentialDataDecryptedObject,
	INode,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	INodeTypes,
} from 'n8n-workflow';

import { WeChatMiniProgramTrigger } from '../../nodes/WeChatMiniProgramTrigger/WeChatMiniProgramTrigger.node';
import { ManualClock } from '../../testkit/clock/manualClock';
import { answerLikeN8n, responseModeOf } from '../../testkit/engine/respondLikeN8n';
import type { AnsweringWorkflow, WorkflowResponse } from '../../testkit/engine/respondLikeN8n';
import { webhookContextFor } from '../../testkit/engine/webhookContext';

const NODE_TYPE = 'n8n-nodes-wechat-miniprogram.weChatMiniProgramTrigger';

class TestCredentials extends ICredentialsHelper {
	constructor(
		private readonly data: ICredentialDataDecryptedObject,
		private readonly credentialType: string,
	) {
		super();
	}
	getParentTypes(): string[] {
		return [];
	}
	isCredentialUsableByNode(): boolean {
		return true;
	}
	async runPreAuthentication() {
		return undefined;
	}
	async authenticate(_c: unknown, _t: string, request: never) {
		return request;
	}
	async preAuthentication() {
		return undefined;
	}
	async getCredentials(): Promise<never> {
		throw new Error('not used');
	}
	async getDecrypted(_a: unknown, _n: unknown, type: string) {
		if (type !== this.credentialType) throw new Error(`unexpected credential type ${type}`);
		return { ...this.data };
	}
	async updateCredentials() {}
	async updateCredentialsOauthTokenData() {}
	getCredentialsProperties() {
		return [];
	}
}

export type { AnsweringWorkflow, WorkflowResponse };

export interface TriggerServer {
	url: string;
	/** workflowData of every webhook() call that started the workflow. */
	started: INodeExecutionData[][][];
	/** Lines the node logged (to prove no secret is logged). */
	logs: string[];
	/** The trigger's clock: its answer deadlines pass only when a test moves it. */
	clock: ManualClock;
	close(): Promise<void>;
}

/**
 * A node:http server playing n8n's webhook endpoint: it builds n8n-core's real WebhookContext over
 * a real Workflow, hands it an IncomingMessage carrying rawBody, query and a pre-parsed body (XML
 * pre-parsed with lower-cased tags, as n8n does, so reading it by mistake would fail the tests),
 * and the real ServerResponse. If the node does not answer itself, it answers as n8n would.
 */
export async function startTriggerServer(
	credentials: ICredentialDataDecryptedObject,
	parameters: INodeParameters = {},
	/** The credential the node is given (Tencent Cloud Chat mode uses tencentChatApi). */
	credentialType = 'weChatMiniProgramApi',
	workflowAfterTrigger?: AnsweringWorkflow,
): Promise<TriggerServer> {
	const clock = new ManualClock();
	const trigger: INodeType = new WeChatMiniProgramTrigger({ clock });
	const nodeTypes = {
		getByName: () => trigger,
		getByNameAndVersion: () => trigger,
		getKnownTypes: () => ({}),
	} as unknown as INodeTypes;
	const fullParameters =
		NodeHelpers.getNodeParameters(
			trigger.description.properties,
			parameters,
			true,
			false,
			null,
			null,
		) ?? {};
	const node: INode = {
		id: 'trigger-1',
		name: 'WeChat Mini Program Trigger',
		type: NODE_TYPE,
		typeVersion: 2,
		position: [0, 0],
		webhookId: 'hook-1',
		parameters: fullParameters,
		credentials: { [credentialType]: { id: 'cred-1', name: credentialType } },
	};
	const workflow = new Workflow({
		id: 'wf-1',
		name: 'trigger test',
		active: true,
		nodeTypes,
		nodes: [node],
		connections: {},
	});
	const started: INodeExecutionData[][][] = [];
	const logs: string[] = [];
	const credentialsHelper = new TestCredentials(credentials, credentialType);
	const lowerCaseXml = new XMLParser({ transformTagName: (tag) => tag.toLowerCase() });

	const handle = async (req: IncomingMessage, res: ServerResponse) => {
		const chunks: Buffer[] = [];
		for await (const chunk of req) chunks.push(chunk as Buffer);
		const rawBody = Buffer.concat(chunks);
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		const query: Record<string, string | string[]> = {};
		for (const [k, v] of url.searchParams) {
			const existing = query[k];
			query[k] = existing === undefined ? v : ([] as string[]).concat(existing, v);
		}
		const contentType = req.headers['content-type'] ?? '';
		let body: unknown = {};
		try {
			body = contentType.includes('json')
				? JSON.parse(rawBody.toString())
				: contentType.includes('xml')
					? lowerCaseXml.parse(rawBody.toString())
					: {};
		} catch {
			body = {};
		}
		Object.assign(req, { rawBody, query, params: {}, body });

		const description = trigger.description.webhooks!.find((w) => w.httpMethod === req.method);
		if (!description || url.pathname !== '/webhook/hook-1/webhook') {
			res.statusCode = 404;
			res.end('not registered');
			return;
		}
		const context = webhookContextFor({ req, res, description }, workflow, node, {
			credentialsHelper,
			hook: { webhookId: 'hook-1', path: 'webhook' },
			logs,
		});
		try {
			const result = await trigger.webhook!.call(context);
			if (result.workflowData) started.push(result.workflowData);
			const responseMode = responseModeOf(workflow, node, description);
			if (responseMode === 'responseNode' && result.workflowData && !result.noWebhookResponse) {
				void answerLikeN8n(res, result.workflowData[0][0].json, workflowAfterTrigger, logs, clock);
				return;
			}
			if (!result.noWebhookResponse && !res.headersSent) {
				res.setHeader('Content-Type', 'application/json');
				res.end(JSON.stringify({ message: 'Workflow was started' }));
			}
		} catch (error) {
			logs.push(`n8n caught: ${(error as Error).message}`);
			if (!res.headersSent) {
				res.statusCode = 500;
				res.end(JSON.stringify({ message: (error as Error).message }));
			}
		}
	};

	const server: Server = createServer((req, res) => {
		handle(req, res).catch((error: Error) => {
			logs.push(`harness failure: ${error.stack ?? error.message}`);
			if (!res.headersSent) res.statusCode = 599;
			res.end(`harness failure: ${error.message}`);
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}/webhook/hook-1/webhook`,
		started,
		logs,
		clock,
		close: async () =>
			await new Promise<void>((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}

export interface HttpAnswer {
	status: number;
	contentType: string;
	body: string;
}

export async function send(
	url: string,
	options: {
		method?: 'GET' | 'POST';
		query?: object;
		body?: string | Buffer;
		contentType?: string;
	},
): Promise<HttpAnswer> {
	const target = new URL(url);
	for (const [k, v] of Object.entries(options.query ?? {})) {
		for (const value of Array.isArray(v) ? v : [v])
			if (value !== undefined) target.searchParams.append(k, String(value));
	}
	const headers: Record<string, string> = {};
	if (options.contentType) headers['content-type'] = options.contentType;
	const response = await fetch(target, {
		method: options.method ?? 'POST',
		headers,
		body: options.body,
	});
	return {
		status: response.status,
		contentType: response.headers.get('content-type') ?? '',
		body: await response.text(),
	};
}
