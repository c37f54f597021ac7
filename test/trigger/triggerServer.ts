import type { IncomingMessage, ServerResponse } from 'node:http';

import { XMLParser } from 'fast-xml-parser';
import type {
	ICredentialDataDecryptedObject,
	INodeExecutionData,
	INodeParameters,
	INodeType,
} from 'n8n-workflow';

import { WeChatMiniProgramTrigger } from '../../nodes/WeChatMiniProgramTrigger/WeChatMiniProgramTrigger.node';
import { ManualClock } from '../../testkit/clock/manualClock';
import { TEST_AES_KEY, TEST_APP_ID, TEST_TOKEN } from '../../testkit/fixtures/wechatTestCrypto';
import { InMemoryCredentials } from '../../testkit/engine/credentialsStore';
import { answerLikeN8n, responseModeOf } from '../../testkit/engine/respondLikeN8n';
import type { AnsweringWorkflow, WorkflowResponse } from '../../testkit/engine/respondLikeN8n';
import { triggerWorkflow } from '../../testkit/engine/triggerWorkflow';
import { webhookContextFor } from '../../testkit/engine/webhookContext';
import { listenOnLoopback } from '../../testkit/servers/loopback';

const NODE_TYPE = 'n8n-nodes-wechat-miniprogram.weChatMiniProgramTrigger';

/** The Mini Program credential the trigger tests give the trigger: the test push secrets and an App Secret. */
export const TRIGGER_CREDENTIALS = {
	appId: TEST_APP_ID,
	token: TEST_TOKEN,
	encodingAESKey: TEST_AES_KEY,
	appSecret: 'app-secret-never-shown',
};
/** What no answer and no log line may show: the secrets of TRIGGER_CREDENTIALS. */
export const TRIGGER_SECRETS = [TEST_TOKEN, TEST_AES_KEY, TRIGGER_CREDENTIALS.appSecret];

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
	const { workflow, node } = triggerWorkflow(
		trigger,
		{
			id: 'trigger-1',
			name: 'WeChat Mini Program Trigger',
			type: NODE_TYPE,
			webhookId: 'hook-1',
			credentials: { [credentialType]: { id: 'cred-1', name: credentialType } },
		},
		parameters,
		{ id: 'wf-1', name: 'trigger test' },
	);
	const started: INodeExecutionData[][][] = [];
	const logs: string[] = [];
	const credentialsHelper = new InMemoryCredentials({ [credentialType]: credentials });
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

	const loopback = await listenOnLoopback((req, res) => {
		handle(req, res).catch((error: Error) => {
			logs.push(`harness failure: ${error.stack ?? error.message}`);
			if (!res.headersSent) res.statusCode = 599;
			res.end(`harness failure: ${error.message}`);
		});
	});
	return {
		url: `${loopback.url}/webhook/hook-1/webhook`,
		started,
		logs,
		clock,
		close: loopback.close,
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

/** Runs `test` against a trigger with `parameters` and the test credential, then closes it. */
export async function withTriggerServer(
	parameters: INodeParameters,
	test: (server: TriggerServer) => Promise<void>,
	credentials: ICredentialDataDecryptedObject = TRIGGER_CREDENTIALS,
): Promise<void> {
	const server = await startTriggerServer(credentials, parameters);
	try {
		await test(server);
	} finally {
		await server.close();
	}
}
