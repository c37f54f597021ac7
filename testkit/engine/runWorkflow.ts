import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import { Workflow } from 'n8n-workflow';
import type {
	ICredentialDataDecryptedObject,
	DataTableProxyProvider,
	IConnections,
	IDataObject,
	IExecuteResponsePromiseData,
	INode,
	INodeExecutionData,
	INodeType,
	IRun,
	IWorkflowBase,
	IWorkflowExecuteAdditionalData,
	WorkflowExecuteMode,
} from 'n8n-workflow';

import { InMemoryCredentials } from './credentialsStore';
import { createNodeTypes, emitItemsNode } from './engineNodeTypes';

export interface WorkflowSpec {
	nodes: INode[];
	connections: IConnections;
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	/** The node the run starts from; defaults to the first node. */
	startNode?: string;
	extraNodeTypes?: Record<string, INodeType>;
	mode?: WorkflowExecuteMode;
	/** n8n's Data Tables, shared by every run given the same provider (see dataTables.ts). */
	dataTables?: DataTableProxyProvider;
	/** The items the start node begins with (a trigger's output); one empty item by default. */
	startItems?: INodeExecutionData[];
	/** Receives what a node answers the webhook with (Respond to Webhook, sendResponse), as n8n would. */
	onSendResponse?: (response: IExecuteResponsePromiseData) => void;
}

export interface WorkflowResult {
	run: IRun;
	/** The first output's JSON of a node's last run. */
	output(nodeName: string): IDataObject[];
	/** The error that stopped the run, if any. */
	error: IRun['data']['resultData']['error'];
}

/** Runs a workflow through n8n-core's real execution engine, as a worker would. */
export async function runWorkflow(spec: WorkflowSpec): Promise<WorkflowResult> {
	const nodeTypes = createNodeTypes(spec.extraNodeTypes);
	const workflow = new Workflow({
		id: 'test-workflow',
		name: 'test',
		nodes: spec.nodes,
		connections: spec.connections,
		active: false,
		nodeTypes,
		settings: { executionOrder: 'v1' },
	});
	const workflowData = {
		id: 'test-workflow',
		name: 'test',
		nodes: spec.nodes,
		connections: spec.connections,
		active: false,
		isArchived: false,
		activeVersionId: null,
		createdAt: new Date(),
		updatedAt: new Date(),
	} as unknown as IWorkflowBase;
	const mode = spec.mode ?? 'manual';
	const hooks = new ExecutionLifecycleHooks(mode, 'test-execution', workflowData);
	let finished!: (run: IRun) => void;
	const done = new Promise<IRun>((resolve) => (finished = resolve));
	hooks.addHandler('workflowExecuteAfter', (run) => finished(run));
	if (spec.onSendResponse) hooks.addHandler('sendResponse', spec.onSendResponse);

	const additionalData = {
		hooks,
		credentialsHelper: new InMemoryCredentials(spec.credentials ?? {}),
		variables: {},
		currentNodeExecutionIndex: 0,
		restApiUrl: 'http://127.0.0.1/rest',
		instanceBaseUrl: 'http://127.0.0.1/',
		webhookBaseUrl: 'http://127.0.0.1/webhook',
		webhookTestBaseUrl: 'http://127.0.0.1/webhook-test',
		webhookWaitingBaseUrl: 'http://127.0.0.1/webhook-waiting',
		formBaseUrl: 'http://127.0.0.1/form',
		formTestBaseUrl: 'http://127.0.0.1/form-test',
		formWaitingBaseUrl: 'http://127.0.0.1/form-waiting',
		mcpBaseUrl: 'http://127.0.0.1/mcp',
		mcpTestBaseUrl: 'http://127.0.0.1/mcp-test',
		logAiEvent: () => {},
		...(spec.dataTables
			? {
					'data-table': { dataTableProxyProvider: spec.dataTables },
					dataTableProjectId: 'test-project',
				}
			: {}),
	} as unknown as IWorkflowExecuteAdditionalData;

	const startNode = workflow.getNode(spec.startNode ?? spec.nodes[0].name)!;
	const execution = new WorkflowExecute(additionalData, mode, {
		startData: {},
		resultData: { runData: {} },
		executionData: {
			contextData: {},
			metadata: {},
			nodeExecutionStack: [
				{ node: startNode, data: { main: [spec.startItems ?? [{ json: {} }]] }, source: null },
			],
			waitingExecution: {},
			waitingExecutionSource: {},
		},
	} as never);
	await execution.processRunExecutionData(workflow);
	const run = await done;
	return {
		run,
		error: run.data.resultData.error,
		output: (nodeName) => {
			const runs = run.data.resultData.runData[nodeName];
			if (!runs?.length) throw new Error(`Node "${nodeName}" did not run`);
			return (runs[runs.length - 1].data?.main[0] ?? []).map((item) => item.json);
		},
	};
}

/** A two-node workflow: Emit Items -> the WeChat Mini Program node with `parameters`. */
export function itemsIntoWeChatNode(
	items: IDataObject[],
	parameters: INode['parameters'],
	credentials: Record<string, ICredentialDataDecryptedObject>,
	nodeSettings: Partial<INode> = {},
): WorkflowSpec {
	return {
		credentials,
		nodes: [
			emitItemsNode(items),
			{
				id: 'wechat',
				name: 'WeChat',
				type: 'n8n-nodes-wechat-miniprogram.weChatMiniProgram',
				typeVersion: 1,
				position: [200, 0],
				parameters,
				credentials: Object.fromEntries(
					Object.keys(credentials).map((type) => [type, { id: `${type}-id`, name: type }]),
				),
				...nodeSettings,
			},
		],
		connections: { 'Emit Items': { main: [[{ node: 'WeChat', type: 'main', index: 0 }]] } },
	};
}
