/**
 * The platform scenario's workflows, saved through main's REST API with the credential created
 * there: the importable ticket workflow (examples/third-party-platform-ticket-workflow.json) as a
 * user imports it, and a workflow that acts for several merchants in one execution.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { REPO_ROOT } from '../lib/repoRoot';
import { chain, splitOutNode, webhookNode, workflow } from './workflows';
import type { E2eWorkflow } from './workflows';

const NODE = 'n8n-nodes-wechat-miniprogram.weChatMiniProgram';
const PLATFORM_TRIGGER = 'n8n-nodes-wechat-miniprogram.weChatPlatformTrigger';

export interface CredentialRef {
	id: string;
	name: string;
}

interface WorkflowNode {
	name: string;
	type: string;
	webhookId?: string;
	credentials?: Record<string, CredentialRef>;
	[parameter: string]: unknown;
}

/** Platform trigger -> Switch on InfoType -> Store Verify Ticket / Exchange Authorization Code / Forget Authorizer. */
export function ticketWorkflow(credential: CredentialRef): E2eWorkflow & { messagePath: string } {
	const id = 'e2ePlatformTick1';
	const webhookId = 'e2e-platform-events';
	const example = JSON.parse(
		readFileSync(
			path.join(REPO_ROOT, 'examples', 'third-party-platform-ticket-workflow.json'),
			'utf8',
		),
	) as { name: string; nodes: WorkflowNode[]; connections: object; settings?: object };
	const triggers = example.nodes.filter((node) => node.type === PLATFORM_TRIGGER);
	if (triggers.length !== 1)
		throw new Error(`the ticket workflow example has ${triggers.length} platform triggers`);
	const nodes = example.nodes.map((node): WorkflowNode => {
		const withCredential = node.credentials?.weChatPlatformApi
			? { ...node, credentials: { weChatPlatformApi: credential } }
			: node;
		return node.type === PLATFORM_TRIGGER ? { ...withCredential, webhookId } : withCredential;
	});
	const name = `E2E: ${example.name}`;
	return {
		id,
		name,
		webhookPath: `${webhookId}/authorization`,
		messagePath: `${webhookId}/message`,
		json: { id, name, nodes, connections: example.connections, settings: example.settings ?? {} },
	};
}

/**
 * Webhook {merchants: [{appId}]} -> Split Out -> Live > Apply for Live Capability with
 * Authentication = Third-Party Platform and Authorizer App ID = {{ $json.appId }}: one call per
 * merchant, each with that merchant's authorizer_access_token.
 */
export function merchantCallsWorkflow(credential: CredentialRef): E2eWorkflow {
	const id = 'e2ePlatformCall1';
	const webhookPath = 'e2e-platform-apply';
	const name = 'E2E: apply for live capability for each merchant (third-party platform)';
	const nodes = [
		webhookNode(webhookPath),
		splitOutNode('merchants'),
		{
			id: 'apply',
			name: 'Apply',
			type: NODE,
			typeVersion: 1,
			position: [400, 0],
			parameters: {
				resource: 'live',
				operation: 'apply',
				authentication: 'thirdPartyPlatform',
				authorizerAppId: '={{ $json.appId }}',
			},
			credentials: { weChatPlatformApi: credential },
		},
	];
	return {
		id,
		name,
		webhookPath,
		json: workflow(id, name, nodes, chain('Webhook', 'Split Out', 'Apply')),
	};
}
