/**
 * The workflows and credentials the queue-mode run imports into n8n: what a user would build,
 * each started through the webhook processor, with the package's node types as n8n names them.
 */
import type { E2eEndpoints } from './servers';

const NODE = 'n8n-nodes-wechat-miniprogram.weChatMiniProgram';
const TRIGGER = 'n8n-nodes-wechat-miniprogram.weChatMiniProgramTrigger';

export const WECHAT_CREDENTIAL = { id: 'e2eWeChatCred001', name: 'WeChat (local e2e)' };
export const TENCENT_CREDENTIAL = {
	id: 'e2eTencentCred01',
	name: 'Tencent Cloud Chat (local e2e)',
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

export function e2eCredentials({ weChat, tencent }: E2eEndpoints): object[] {
	return [
		{
			...WECHAT_CREDENTIAL,
			type: 'weChatMiniProgramApi',
			data: {
				authMode: 'appSecret',
				appId: weChat.appId,
				appSecret: weChat.appSecret,
				apiDomain: 'custom',
				customBaseUrl: weChat.url,
				...CALLBACK_SECRETS,
			},
		},
		{
			...TENCENT_CREDENTIAL,
			type: 'tencentChatApi',
			data: {
				sdkAppId: tencent.sdkAppId,
				secretKey: tencent.secretKey,
				adminIdentifier: 'administrator',
				region: 'custom',
				customBaseUrl: tencent.url,
			},
		},
	];
}

const weChatCredential = { weChatMiniProgramApi: WECHAT_CREDENTIAL };

function workflow(id: string, name: string, nodes: object[], connections: object) {
	return { id, name, active: false, settings: { executionOrder: 'v1' }, nodes, connections };
}

function webhookNode(path: string) {
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

const chain = (...names: string[]) =>
	Object.fromEntries(
		names
			.slice(0, -1)
			.map((name, i) => [name, { main: [[{ node: names[i + 1], type: 'main', index: 0 }]] }]),
	);

/** WeChat callbacks (safe mode) -> Remove Duplicates on dedupKey, the set-up docs/trigger.md recommends. */
export function triggerDedupWorkflow(): E2eWorkflow {
	const webhookId = 'e2e-wechat-callbacks';
	return {
		id: 'e2eTriggerDedup1',
		name: 'E2E: WeChat callbacks, duplicates removed',
		webhookPath: `${webhookId}/webhook`,
		json: workflow(
			'e2eTriggerDedup1',
			'E2E: WeChat callbacks, duplicates removed',
			[
				{
					id: 'trigger',
					name: 'WeChat Callbacks',
					type: TRIGGER,
					typeVersion: 1,
					position: [0, 0],
					webhookId,
					parameters: {
						source: 'weChatMiniProgram',
						events: [],
						encryptionMode: 'safe',
						bodyFormat: 'auto',
						options: {},
					},
					credentials: weChatCredential,
				},
				{
					id: 'dedup',
					name: 'Remove Duplicates',
					type: 'n8n-nodes-base.removeDuplicates',
					typeVersion: 2,
					position: [200, 0],
					parameters: {
						operation: 'removeItemsSeenInPreviousExecutions',
						logic: 'removeItemsWithAlreadySeenKeyValues',
						dedupeValue: '={{ $json.dedupKey }}',
						options: {},
					},
				},
			],
			chain('WeChat Callbacks', 'Remove Duplicates'),
		),
	};
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
				{
					id: 'split',
					name: 'Split Out',
					type: 'n8n-nodes-base.splitOut',
					typeVersion: 1,
					position: [200, 0],
					parameters: { fieldToSplitOut: 'body.reminders', include: 'noOtherFields', options: {} },
				},
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
