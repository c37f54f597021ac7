import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

import { NodeConnectionTypes } from 'n8n-workflow';
import type { INodeType } from 'n8n-workflow';

/** The n8n version scripts/n8n/install.js installs (its nodes are the ones users run). */
const N8N_VERSION = '2.41.1';

/**
 * node_modules of the n8n that scripts/n8n/install.js keeps in its cache (the e2e runs and the
 * demo install it), or undefined when it is not installed on this machine.
 */
export function installedN8nModules(): string | undefined {
	const root =
		process.env.N8N_INSTALL_CACHE ?? path.join(homedir(), '.cache', 'n8n-nodes-wechat-miniprogram');
	const dir = path.join(root, `n8n-${N8N_VERSION}-node${process.versions.node.split('.')[0]}`);
	return existsSync(path.join(dir, '.complete')) ? path.join(dir, 'node_modules') : undefined;
}

/** One of n8n's own node types, loaded from that n8n: `file` under the package, `exported` its class. */
export function n8nNodeType(modules: string, file: string, exported: string): INodeType {
	const module = require(path.join(modules, file)) as Record<string, new () => INodeType>;
	return new module[exported]();
}

/** n8n's Switch, If and Respond to Webhook nodes under their type names (sticky notes never run). */
export function n8nCoreNodes(modules: string): Record<string, INodeType> {
	return {
		'n8n-nodes-base.switch': n8nNodeType(
			modules,
			'n8n-nodes-base/dist/nodes/Switch/Switch.node.js',
			'Switch',
		),
		'n8n-nodes-base.if': n8nNodeType(modules, 'n8n-nodes-base/dist/nodes/If/If.node.js', 'If'),
		'n8n-nodes-base.respondToWebhook': n8nNodeType(
			modules,
			'n8n-nodes-base/dist/nodes/RespondToWebhook/RespondToWebhook.node.js',
			'RespondToWebhook',
		),
	};
}

/** n8n's AI Agent node (@n8n/n8n-nodes-langchain), as the AI examples use it. */
export function n8nAgentNode(modules: string): Record<string, INodeType> {
	return {
		'@n8n/n8n-nodes-langchain.agent': n8nNodeType(
			modules,
			'@n8n/n8n-nodes-langchain/dist/nodes/agents/Agent/Agent.node.js',
			'Agent',
		),
	};
}

/**
 * A local stand-in for a chat model sub-node (OpenAI, Anthropic, ...): LangChain's own fake chat
 * model from the same @langchain/core the AI Agent uses, answering `responses` in turn. It
 * declares tool support (the AI Agent asks for it) and never calls a tool.
 */
export function standInChatModel(modules: string, responses: string[]): INodeType {
	const { FakeListChatModel } = require(
		path.join(modules, '@langchain/core/dist/utils/testing/index.cjs'),
	) as { FakeListChatModel: new (fields: { responses: string[] }) => object };
	class ToolReadyModel extends FakeListChatModel {
		bindTools() {
			return this;
		}
	}
	return {
		description: {
			displayName: 'Chat Model (local stand-in)',
			name: 'standInChatModel',
			group: ['transform'],
			version: 1,
			description: 'Answers fixed texts',
			defaults: { name: 'Chat Model' },
			inputs: [],
			outputs: [NodeConnectionTypes.AiLanguageModel],
			properties: [],
		},
		async supplyData() {
			return { response: new ToolReadyModel({ responses }) };
		},
	};
}
