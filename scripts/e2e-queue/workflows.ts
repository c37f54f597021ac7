/**
 * The workflows and credentials the queue-mode run imports into n8n: what a user would build,
 * each started through the webhook processor, with the package's node types as n8n names them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { tencentChatCredential, weChatMiniProgramCredential } from '../lib/credentials';
import { REPO_ROOT } from '../lib/repoRoot';
import { dedupDatabaseCredential } from './dedupDatabase';
import type { LocalServicesEndpoints } from '../../testkit/servers/localServices';
import type { Services } from './services';

const NODE = 'n8n-nodes-wechat-miniprogram.weChatMiniProgram';
const TRIGGER = 'n8n-nodes-wechat-miniprogram.weChatMiniProgramTrigger';
/** E2E_TRIGGER_VERSION=1 measures the unique-key workflows with a trigger saved at version 1. */
const TRIGGER_VERSION = Number(process.env.E2E_TRIGGER_VERSION ?? 2);

export const WECHAT_CREDENTIAL = { id: 'e2eWeChatCred001', name: 'WeChat (local e2e)' };
export const TENCENT_CREDENTIAL = {
	id: 'e2eTencentCred01',
	name: 'Tencent Cloud Chat (local e2e)',
};
export const DEDUP_DATABASE_CREDENTIAL = {
	id: 'e2eDedupPgCred01',
	name: 'Callback dedup database (local e2e)',
};

/** The trigger's Message Push settings (test values for the local run, not secrets of anyone's). */
export const CALLBACK_SECRETS = {
	token: 'e2e-push-token',
	encodingAESKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
};

export interface E2eWorkflow {
	id: string;
	name: string;
	/** The production webhook path the run posts to (below /webhook/). */
	webhookPath: string;
	json: object;
}

export function e2eCredentials(
	{ weChat, tencent }: LocalServicesEndpoints,
	postgres: Services['postgres'],
): object[] {
	return [
		dedupDatabaseCredential(postgres, DEDUP_DATABASE_CREDENTIAL),
		weChatMiniProgramCredential(WECHAT_CREDENTIAL, weChat, CALLBACK_SECRETS),
		tencentChatCredential(TENCENT_CREDENTIAL, tencent),
	];
}

const weChatCredential = { weChatMiniProgramApi: WECHAT_CREDENTIAL };

/** A workflow's JSON as the REST API and `n8n import:workflow` take it. */
export function workflow(id: string, name: string, nodes: object[], connections: object) {
	return { id, name, active: false, settings: { executionOrder: 'v1' }, nodes, connections };
}

/** A Split Out node after the Webhook node: one item per entry of the posted body's `field`. */
export function splitOutNode(field: string) {
	return {
		id: 'split',
		name: 'Split Out',
		type: 'n8n-nodes-base.splitOut',
		typeVersion: 1,
		position: [200, 0],
		parameters: { fieldToSplitOut: `body.${field}`, include: 'noOtherFields', options: {} },
	};
}

/** A Webhook node taking POSTs on `path`, answering as soon as the execution starts. */
export function webhookNode(path: string) {
	return {
		id: 'webhook',
		name: 'Webhook',
		type: 'n8n-nodes-base.webhook',
		typeVersion: 2,
		position: [0, 0],
		webhookId: path,
		parameters: { httpMethod: 'POST', path, responseMode: 'onReceived', options: {} },
	};
}

/** Connections running the named nodes one after the other. */
export const chain = (...names: string[]) =>
	Object.fromEntries(
		names
			.slice(0, -1)
			.map((name, i) => [name, { main: [[{ node: names[i + 1], type: 'main', index: 0 }]] }]),
	);

/** The node names of the callback workflow that the trigger scenarios read outputs of. */
export const CALLBACK_NODES = {
	trigger: 'WeChat Callbacks',
	/** The last node of the unique-key recipe: one item per delivery handled. */
	uniqueKeyEvent: 'The Event',
	removeDuplicates: 'Remove Duplicates',
};

interface WorkflowNode {
	name: string;
	type: string;
	webhookId?: string;
	credentials?: Record<string, { id: string; name: string }>;
	[parameter: string]: unknown;
}

interface UniqueKeyWorkflow {
	id: string;
	name: string;
	webhookId: string;
	/** The trigger's event filter (the example's: every event). */
	events?: string[];
	/** A node after the recipe's last node, for the one item of each delivery. */
	then?: WorkflowNode;
}

/**
 * The importable example of the unique-key recipe (examples/drop-callback-retries-queue-mode.json)
 * as a user imports it, its credentials pointed at the run's, plus Remove Duplicates on `dedupKey`
 * straight after the same trigger, so that every execution measures both ways of dropping the
 * copies side by side.
 */
function uniqueKeyWorkflow({ id, name, webhookId, events, then }: UniqueKeyWorkflow): E2eWorkflow {
	const example = JSON.parse(
		readFileSync(path.join(REPO_ROOT, 'examples', 'drop-callback-retries-queue-mode.json'), 'utf8'),
	) as { nodes: WorkflowNode[]; connections: Record<string, { main: object[][] }> };
	const nodes = example.nodes.map((node): WorkflowNode => {
		if (node.name === CALLBACK_NODES.trigger) {
			if (node.type !== TRIGGER) throw new Error(`the example's trigger is a ${node.type}`);
			const parameters = events ? { ...(node.parameters as object), events } : node.parameters;
			return {
				...node,
				typeVersion: TRIGGER_VERSION,
				parameters,
				webhookId,
				credentials: weChatCredential,
			};
		}
		if (node.credentials?.postgres)
			return { ...node, credentials: { postgres: DEDUP_DATABASE_CREDENTIAL } };
		return node;
	});
	const names = nodes.map((node) => node.name);
	for (const wanted of [CALLBACK_NODES.trigger, CALLBACK_NODES.uniqueKeyEvent])
		if (!names.includes(wanted)) throw new Error(`the example workflow has no node "${wanted}"`);
	nodes.push(removeDuplicatesNode([220, 240]));
	const fromTrigger = example.connections[CALLBACK_NODES.trigger].main[0];
	const connections = {
		...example.connections,
		[CALLBACK_NODES.trigger]: {
			main: [[...fromTrigger, { node: CALLBACK_NODES.removeDuplicates, type: 'main', index: 0 }]],
		},
		...(then && {
			[CALLBACK_NODES.uniqueKeyEvent]: { main: [[{ node: then.name, type: 'main', index: 0 }]] },
		}),
	};
	if (then) nodes.push(then);
	return {
		id,
		name,
		webhookPath: `${webhookId}/webhook`,
		json: workflow(id, name, nodes, connections),
	};
}

/** WeChat callbacks (safe mode), each handled once: the unique-key recipe, Remove Duplicates beside. */
export function callbackDedupWorkflow(): E2eWorkflow {
	return uniqueKeyWorkflow({
		id: 'e2eTriggerDedup1',
		name: 'E2E: WeChat callbacks, each once (unique key, and Remove Duplicates beside it)',
		webhookId: 'e2e-wechat-callbacks',
	});
}

/** n8n's Remove Duplicates after the trigger: items whose dedupKey an earlier execution saw are dropped. */
function removeDuplicatesNode(position: number[]): WorkflowNode {
	return {
		id: 'e2e-remove-duplicates',
		name: CALLBACK_NODES.removeDuplicates,
		type: 'n8n-nodes-base.removeDuplicates',
		typeVersion: 2,
		position,
		parameters: {
			operation: 'removeItemsSeenInPreviousExecutions',
			logic: 'removeItemsWithAlreadySeenKeyValues',
			dedupeValue: '={{ $json.dedupKey }}',
			options: {},
		},
	};
}

/** The node names of the customer service burst workflow. */
export const CUSTOMER_SERVICE_NODES = {
	trigger: CALLBACK_NODES.trigger,
	uniqueKeyEvent: CALLBACK_NODES.uniqueKeyEvent,
	removeDuplicates: CALLBACK_NODES.removeDuplicates,
	send: 'Answer',
};

/**
 * Customer service text messages (safe mode) -> the unique-key recipe -> Customer Service > Send of
 * a text naming the message's MsgId to its sender; Remove Duplicates on dedupKey beside it.
 */
export function customerServiceBurstWorkflow(): E2eWorkflow {
	return uniqueKeyWorkflow({
		id: 'e2eCustomerSvc01',
		name: 'E2E: customer service messages, each answered once',
		webhookId: 'e2e-customer-service',
		events: ['text'],
		then: {
			id: 'e2e-cs-send',
			name: CUSTOMER_SERVICE_NODES.send,
			type: NODE,
			typeVersion: 1,
			position: [880, 0],
			parameters: {
				resource: 'customerService',
				operation: 'send',
				openid: '={{ $json.FromUserName }}',
				msgtype: 'text',
				content: '={{ "Received " + $json.MsgId }}',
			},
			credentials: weChatCredential,
		},
	});
}

/** Webhook {openids: [...]} -> Live Message > Push to one room. */
export function pushWorkflow(roomId: number): E2eWorkflow {
	const id = `e2ePushRoom${String(roomId).padStart(5, '0')}`;
	const path = `e2e-push-room-${roomId}`;
	return {
		id,
		name: `E2E: push the live start of room ${roomId}`,
		webhookPath: path,
		json: workflow(
			id,
			`E2E: push the live start of room ${roomId}`,
			[
				webhookNode(path),
				{
					id: 'push',
					name: 'Push',
					type: NODE,
					typeVersion: 1,
					position: [200, 0],
					parameters: {
						resource: 'liveMessage',
						operation: 'push',
						roomId: { __rl: true, mode: 'id', value: roomId },
						openidSource: 'list',
						openids: '={{ $json.body.openids }}',
					},
					credentials: weChatCredential,
				},
			],
			chain('Webhook', 'Push'),
		),
	};
}

/** Webhook {userIds: [...]} -> Chat Official Account > Add Subscribers. */
export function addSubscribersWorkflow(officialAccount: string): E2eWorkflow {
	const path = 'e2e-add-subscribers';
	return {
		id: 'e2eAddSubscrib01',
		name: 'E2E: add Tencent Chat subscribers',
		webhookPath: path,
		json: workflow(
			'e2eAddSubscrib01',
			'E2E: add Tencent Chat subscribers',
			[
				webhookNode(path),
				{
					id: 'add',
					name: 'Add Subscribers',
					type: NODE,
					typeVersion: 1,
					position: [200, 0],
					parameters: {
						resource: 'chatOfficialAccount',
						operation: 'addSubscribers',
						officialAccount,
						subscriberSource: 'list',
						subscribers: '={{ $json.body.userIds }}',
					},
					credentials: { tencentChatApi: TENCENT_CREDENTIAL },
				},
			],
			chain('Webhook', 'Add Subscribers'),
		),
	};
}

/** Webhook {reminders: [{openid, room, starts}]} -> Split Out -> Subscribe Message > Send, one per item. */
export function subscribeSendWorkflow(templateId: string): E2eWorkflow {
	const path = 'e2e-subscribe-send';
	const schema = ['thing1', 'time2'].map((id) => ({
		id,
		displayName: id,
		required: true,
		defaultMatch: false,
		display: true,
		type: 'string',
	}));
	return {
		id: 'e2eSubscribeSnd1',
		name: 'E2E: send subscription reminders',
		webhookPath: path,
		json: workflow(
			'e2eSubscribeSnd1',
			'E2E: send subscription reminders',
			[
				webhookNode(path),
				splitOutNode('reminders'),
				{
					id: 'send',
					name: 'Send',
					type: NODE,
					typeVersion: 1,
					position: [400, 0],
					parameters: {
						resource: 'subscribeMessage',
						operation: 'send',
						templateId,
						openid: '={{ $json.openid }}',
						data: {
							mappingMode: 'defineBelow',
							value: { thing1: '={{ $json.room }}', time2: '={{ $json.starts }}' },
							matchingColumns: [],
							schema,
							attemptToConvertTypes: false,
							convertFieldsToString: true,
						},
					},
					credentials: weChatCredential,
				},
			],
			chain('Webhook', 'Split Out', 'Send'),
		),
	};
}
