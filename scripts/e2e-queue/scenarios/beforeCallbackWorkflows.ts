/**
 * The before-callback scenario's credential and workflows, created through main's REST API when
 * the scenario starts (the run's other workflows are imported before n8n starts).
 *
 * "Decides": the trigger in Tencent mode answering Before Message Sent and Before Subscribers
 * Added from the workflow, Default Answer *Deny*, deadline 1500 ms. IF nodes route the item; two
 * Respond to Webhook 1 nodes compute the answer with an expression (no Code node, so no task
 * runner in the way). Every answer the workflow gives carries an `ErrorInfo` starting with
 * "e2e workflow:", which tells it apart from the trigger's default answer (ErrorInfo "").
 *   messages      "casino" refuses (1); "shout" allows with the text upper-cased in MsgBody and
 *                 CloudCustomData set; "slow" waits 3 s first (the default answer must come at the
 *                 deadline); "break" reaches Stop and Error (the default must come at once);
 *                 anything else allows.
 *   subscribers   Official_Account "@TOA#_e2e_closed" refuses (1); otherwise allows and refuses
 *                 the accounts whose id starts with "blocked-".
 * "Trigger answers": the same trigger answering every callback itself, as a baseline of what
 * queue mode costs before any worker is involved.
 */
import { tencentChatCredential } from '../../lib/credentials';
import type { CredentialFixture } from '../../lib/credentials';
import type { LocalServicesEndpoints } from '../../../testkit/servers/localServices';

const TRIGGER = 'n8n-nodes-wechat-miniprogram.weChatMiniProgramTrigger';
export const SEND_MSG = 'OfficialAccount.CallbackBeforeSendMsg';
export const ADD_SUBSCRIBER = 'OfficialAccount.CallbackBeforeAddSubscriber';

/** Test values for the local run only. */
export const BEFORE_CALLBACK_TOKEN = 'e2e-before-callback-token';
export const WORKFLOW_MARK = 'e2e workflow:';
export const CLOSED_ACCOUNT = '@TOA#_e2e_closed';
export const ANSWER_DEADLINE_MS = 1500;

export interface BeforeCallbackWorkflow {
	id: string;
	webhookPath: string;
	json: object;
}

export function beforeCallbackCredential({ tencent }: LocalServicesEndpoints): CredentialFixture {
	return tencentChatCredential(
		{ name: 'Tencent Cloud Chat callbacks (local e2e)' },
		tencent,
		BEFORE_CALLBACK_TOKEN,
	);
}

function trigger(webhookId: string, credentialId: string, parameters: object) {
	return {
		id: 'before-trigger',
		name: 'Before Callbacks',
		type: TRIGGER,
		typeVersion: 2,
		position: [0, 0],
		webhookId,
		parameters: { source: 'tencentChat', options: {}, ...parameters },
		credentials: {
			tencentChatApi: { id: credentialId, name: 'Tencent Cloud Chat callbacks (local e2e)' },
		},
	};
}

const ifNode = (name: string, condition: string, position: number[]) => ({
	id: name,
	name,
	type: 'n8n-nodes-base.if',
	typeVersion: 1,
	position,
	parameters: { conditions: { boolean: [{ value1: `={{ ${condition} }}`, value2: true }] } },
});

const respondNode = (name: string, answer: string, position: number[]) => ({
	id: name,
	name,
	type: 'n8n-nodes-base.respondToWebhook',
	typeVersion: 1,
	position,
	// No "}}" inside: n8n would end the expression there.
	parameters: {
		respondWith: 'json',
		responseBody: `={{ JSON.stringify(${answer}) }}`,
		options: {},
	},
});

const TEXT = `$json.MsgBody.map(element => element.MsgContent.Text).join(' ')`;
const MESSAGE_ANSWER =
	`${TEXT}.includes('casino') ? { ErrorCode: 1, ErrorInfo: '${WORKFLOW_MARK} refused' } : ` +
	`${TEXT}.includes('shout') ? { ErrorCode: 0, ErrorInfo: '${WORKFLOW_MARK} changed', ` +
	`MsgBody: [ { MsgType: 'TIMTextElem', MsgContent: { Text: ${TEXT}.toUpperCase() } } ], CloudCustomData: 'e2e: moderated' } : ` +
	`{ ErrorCode: 0, ErrorInfo: '${WORKFLOW_MARK} allowed' }`;
const SUBSCRIBERS_ANSWER =
	`$json.Official_Account === '${CLOSED_ACCOUNT}' ? { ErrorCode: 1, ErrorInfo: '${WORKFLOW_MARK} closed' } : ` +
	`{ ErrorCode: 0, ErrorInfo: '${WORKFLOW_MARK} checked', RefusedSubscribers_Account: ` +
	`$json.SubscribeAccountList.map(entry => entry.Subscriber_Account).filter(account => account.startsWith('blocked-')) }`;

const to = (...nodes: string[]) => nodes.map((node) => [{ node, type: 'main', index: 0 }]);

export function decidingWorkflow(credentialId: string): BeforeCallbackWorkflow {
	const id = 'e2eBeforeDecide1';
	const webhookId = 'e2e-before-decides';
	const nodes = [
		trigger(webhookId, credentialId, {
			beforeCallbackAnswer: 'workflow',
			defaultAnswer: 'deny',
			answerDeadlineMs: ANSWER_DEADLINE_MS,
			commands: [SEND_MSG, ADD_SUBSCRIBER],
		}),
		ifNode('Subscribers?', `$json.command === '${ADD_SUBSCRIBER}'`, [220, 0]),
		ifNode('Too Slow?', `JSON.stringify($json.MsgBody).includes('slow')`, [440, 100]),
		ifNode('Breaks?', `JSON.stringify($json.MsgBody).includes('break')`, [660, 200]),
		{
			id: 'wait',
			name: 'Wait 3 s',
			type: 'n8n-nodes-base.wait',
			typeVersion: 1.1,
			position: [660, 0],
			webhookId: 'e2e-before-wait',
			parameters: { amount: 3, unit: 'seconds' },
		},
		{
			id: 'stop',
			name: 'Stop and Error',
			type: 'n8n-nodes-base.stopAndError',
			typeVersion: 1,
			position: [880, 100],
			parameters: { errorMessage: 'e2e: this workflow breaks on purpose' },
		},
		respondNode('Answer Subscribers', SUBSCRIBERS_ANSWER, [440, -100]),
		respondNode('Answer Message', MESSAGE_ANSWER, [880, 300]),
	];
	const connections = {
		'Before Callbacks': { main: to('Subscribers?') },
		'Subscribers?': { main: to('Answer Subscribers', 'Too Slow?') },
		'Too Slow?': { main: to('Wait 3 s', 'Breaks?') },
		'Wait 3 s': { main: to('Answer Message') },
		'Breaks?': { main: to('Stop and Error', 'Answer Message') },
	};
	return {
		id,
		webhookPath: `${webhookId}/webhook`,
		json: workflowJson(id, 'E2E: before-callbacks answered by the workflow', nodes, connections),
	};
}

export function triggerAnswersWorkflow(credentialId: string): BeforeCallbackWorkflow {
	const id = 'e2eBeforeTrigg01';
	const webhookId = 'e2e-before-trigger-answers';
	const nodes = [trigger(webhookId, credentialId, { beforeCallbackAnswer: 'trigger' })];
	return {
		id,
		webhookPath: `${webhookId}/webhook`,
		json: workflowJson(id, 'E2E: before-callbacks answered by the trigger', nodes, {}),
	};
}

function workflowJson(id: string, name: string, nodes: object[], connections: object) {
	return { id, name, active: false, settings: { executionOrder: 'v1' }, nodes, connections };
}
