import { decisionAnswer } from '../../nodes/protocol/tencent/callback/beforeCallbackAnswer';
import {
	fixtureBody,
	TENCENT_FIXTURES,
	tencentQuery,
} from '../../testkit/fixtures/tencentCallbackFixtures';
import { answeringWorkflow, answerNodeWorkflow } from './answeringWorkflows';
import { deliver, expectJsonAnswer, logged, withTrigger } from './tencentTriggerKit';
import { send } from './triggerServer';
import type { AnsweringWorkflow } from './triggerServer';

const ALLOW = decisionAnswer('allow');
const DENY = decisionAnswer('deny');
/** Tencent's answer refusing the subscriber user-b, the others let in. */
const USER_B_REFUSED =
	'{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0,"RefusedSubscribers_Account":["user-b"]}';

const fixture = (command: string) =>
	TENCENT_FIXTURES.find((f) => f.command === `OfficialAccount.${command}`)!;
const SEND_MSG = fixture('CallbackBeforeSendMsg');
const ADD_SUBSCRIBER = fixture('CallbackBeforeAddSubscriber');
const CREATE = fixture('CallbackBeforeCreateOfficialAccount');

describe('before-callbacks answered by the workflow (issue 12)', () => {
	test('the workflow denies: Tencent gets ErrorCode 1, rebuilt as Tencent documents it', async () => {
		await withTrigger(
			answeringWorkflow({ responseBody: '{"ErrorCode": 1}' }),
			{},
			async (server) => {
				expectJsonAnswer(await deliver(server, CREATE), DENY);
				expect(server.started).toHaveLength(1);
			},
		);
	});

	test('moderation with a keyword list, through an n8n expression over the item', async () => {
		const moderate = answeringWorkflow({
			responseBody:
				'={{ JSON.stringify({ ErrorCode: ["casino", "lottery"].some((w) => $json.MsgBody[0].MsgContent.Text.toLowerCase().includes(w)) ? 1 : 0 }) }}',
		});
		await withTrigger(moderate, { defaultAnswer: 'deny' }, async (server) => {
			expectJsonAnswer(await deliver(server, SEND_MSG), ALLOW);
			const spam = JSON.stringify({
				...JSON.parse(fixtureBody(SEND_MSG)),
				MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'Win at the Casino' } }],
			});
			expectJsonAnswer(await deliver(server, SEND_MSG, spam), DENY);
		});
	});

	test('Before Message Sent: the workflow changes the body and CloudCustomData', async () => {
		const change = {
			ErrorCode: 0,
			MsgBody: [
				{ MsgType: 'TIMTextElem', MsgContent: { Text: 'Sale starts now' } },
				{ MsgType: 'TIMCustomElem', MsgContent: { Desc: 'level', Data: 'LV1' } },
			],
			CloudCustomData: '{"checked":true}',
		};
		await withTrigger(
			answeringWorkflow({ responseBody: JSON.stringify(change) }),
			{},
			async (server) => {
				expectJsonAnswer(
					await deliver(server, SEND_MSG),
					JSON.stringify({ ActionStatus: 'OK', ErrorInfo: '', ...change }),
				);
			},
		);
	});

	test('Before Subscribers Added: the workflow refuses some accounts', async () => {
		await withTrigger(
			answeringWorkflow({
				responseBody: '{"ErrorCode":0,"RefusedSubscribers_Account":["user-b"]}',
			}),
			{},
			async (server) => expectJsonAnswer(await deliver(server, ADD_SUBSCRIBER), USER_B_REFUSED),
		);
	});

	test('an answer Tencent cannot use is replaced by the default, and the log says why', async () => {
		await withTrigger(
			answeringWorkflow({
				responseBody: '{"ErrorCode":0,"RefusedSubscribers_Account":["someone-else"]}',
			}),
			{ defaultAnswer: 'deny' },
			async (server) => {
				expectJsonAnswer(await deliver(server, ADD_SUBSCRIBER), DENY);
				expect(server.logs.join('\n')).toMatch(/not in SubscribeAccountList/);
			},
		);
		await withTrigger(
			answeringWorkflow({ responseBody: '{"ErrorCode":0,"MsgBoby":[]}' }),
			{},
			async (server) => {
				expectJsonAnswer(await deliver(server, SEND_MSG), ALLOW);
				expect(server.logs.join('\n')).toMatch(/fields Tencent does not read here: MsgBoby/);
			},
		);
	});

	test('the workflow fails: the default answer goes out at once, not at the deadline', async () => {
		await withTrigger(
			answeringWorkflow({ responseBody: '{"ErrorCode":0}', fail: true }),
			{ defaultAnswer: 'deny', answerDeadlineMs: 1900 },
			async (server) => {
				const answer = await deliver(server, SEND_MSG);
				expectJsonAnswer(answer, DENY);
				expect(server.logs.join('\n')).toMatch(/the workflow failed \(n8n answered HTTP 500\)/);
				expect(server.logs.join('\n')).not.toMatch(/did not answer the before-callback within/);
			},
		);
	});

	test('the workflow ends without answering: the default answer', async () => {
		const silent: AnsweringWorkflow = async () => {};
		await withTrigger(silent, { defaultAnswer: 'deny' }, async (server) => {
			expectJsonAnswer(await deliver(server, CREATE), DENY);
			expect(server.logs.join('\n')).toMatch(/ended without an answer/);
		});
	});

	test('the workflow is too slow: the default answer at the deadline, its late answer dropped', async () => {
		await withTrigger(
			answeringWorkflow({ responseBody: '{"ErrorCode":1}', lateByMs: 900 }),
			{ defaultAnswer: 'allow', answerDeadlineMs: 300 },
			async (server) => {
				// The workflow would deny: the default "allow" is what the deadline sent.
				expectJsonAnswer(await deliver(server, SEND_MSG), ALLOW);
				expect(server.logs.join('\n')).toMatch(
					/did not answer the before-callback within the Answer Deadline of 300 ms/,
				);
				await logged(server, /answered after the deadline: its answer was dropped/);
			},
		);
	});

	test('after-callbacks, unselected before-callbacks and refusals are answered by the trigger as before', async () => {
		const never: AnsweringWorkflow = async () => {
			throw new Error('must not run');
		};
		await withTrigger(
			never,
			{
				commands: ['OfficialAccount.CallbackAfterSendMsg', 'OfficialAccount.CallbackBeforeSendMsg'],
			},
			async (server) => {
				expectJsonAnswer(await deliver(server, fixture('CallbackAfterSendMsg')), ALLOW);
				expect(server.started).toHaveLength(1);
				expectJsonAnswer(await deliver(server, CREATE), ALLOW);
				expect(server.started).toHaveLength(1);
				const forged = await send(server.url, {
					query: { ...tencentQuery({ command: SEND_MSG.command }), Sign: '0'.repeat(64) },
					body: fixtureBody(SEND_MSG),
					contentType: 'application/json',
				});
				expect(forged.status).toBe(401);
				expect(forged.contentType).toBe('text/plain; charset=utf-8');
				expect(server.started).toHaveLength(1);
			},
		);
	});
});

describe('the Answer Before-Callback operation of the action node (issue 12)', () => {
	test('refuses some subscribers: checked in the node, sent through sendResponse, checked again by the trigger', async () => {
		await withTrigger(
			answerNodeWorkflow({ decision: 'refuseSome', refusedAccounts: 'user-b' }),
			{},
			async (server) => expectJsonAnswer(await deliver(server, ADD_SUBSCRIBER), USER_B_REFUSED),
		);
	});

	test('allow with changes keeps the original body by default and sends the new CloudCustomData', async () => {
		await withTrigger(
			answerNodeWorkflow({ decision: 'change', cloudCustomData: '{"checked":true}' }),
			{},
			async (server) => {
				const body = JSON.parse(fixtureBody(SEND_MSG)) as { MsgBody: unknown };
				expectJsonAnswer(
					await deliver(server, SEND_MSG),
					JSON.stringify({
						ActionStatus: 'OK',
						ErrorInfo: '',
						ErrorCode: 0,
						MsgBody: body.MsgBody,
						CloudCustomData: '{"checked":true}',
					}),
				);
			},
		);
	});

	test('a custom refusal code for a message; a wrong decision fails the node and the default goes out', async () => {
		await withTrigger(
			answerNodeWorkflow({ decision: 'customCode', errorCode: 120042, errorInfo: 'banned word' }),
			{},
			async (server) => {
				expectJsonAnswer(
					await deliver(server, SEND_MSG),
					'{"ActionStatus":"OK","ErrorInfo":"banned word","ErrorCode":120042}',
				);
				expectJsonAnswer(await deliver(server, CREATE), ALLOW);
				expect(server.logs.join('\n')).toMatch(
					/Tencent cannot use this answer to OfficialAccount.CallbackBeforeCreateOfficialAccount: ErrorCode 120042 is not one/,
				);
			},
		);
	});
});
