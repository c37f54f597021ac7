import { decisionAnswer } from '../../nodes/protocol/tencent/callback/beforeCallbackAnswer';
import { fixtureBody, TENCENT_FIXTURES } from '../../testkit/fixtures/tencentCallbackFixtures';
import { answeringWorkflow, answerNodeWorkflow } from './answeringWorkflows';
import { deliver, expectJsonAnswer, logged, withTrigger } from './tencentTriggerKit';

/**
 * Tencent Cloud Chat's before-send callbacks (one-to-one and group) answered by a workflow run
 * through n8n's engine, with the trigger's checks, deadline and default answer (issue 21).
 */
const ALLOW = decisionAnswer('allow');
const DENY = decisionAnswer('deny');
const fixture = (command: string) => TENCENT_FIXTURES.find((f) => f.command === command)!;
const C2C = fixture('C2C.CallbackBeforeSendMsg');
const GROUP = fixture('Group.CallbackBeforeSendMsg');
const MASKED = [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'see you at the ****' } }];

describe.each([
	['C2C.CallbackBeforeSendMsg', C2C],
	['Group.CallbackBeforeSendMsg', GROUP],
])('%s answered by the workflow', (_command, callback) => {
	test('allow: ErrorCode 0', async () => {
		await withTrigger(
			answeringWorkflow({ responseBody: '{"ErrorCode":0}' }),
			{ defaultAnswer: 'deny' },
			async (server) => {
				expectJsonAnswer(await deliver(server, callback), ALLOW);
				expect(server.started).toHaveLength(1);
				expect(server.started[0][0][0].json).toMatchObject({
					command: callback.command,
					...callback.body,
				});
			},
		);
	});

	test('deny: ErrorCode 1 (the sender gets an error), 2 (dropped silently), or an own code with ErrorInfo', async () => {
		await withTrigger(answeringWorkflow({ responseBody: '{"ErrorCode":1}' }), {}, async (server) =>
			expectJsonAnswer(await deliver(server, callback), DENY),
		);
		await withTrigger(answeringWorkflow({ responseBody: '{"ErrorCode":2}' }), {}, async (server) =>
			expectJsonAnswer(
				await deliver(server, callback),
				'{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":2}',
			),
		);
		await withTrigger(
			answeringWorkflow({ responseBody: '{"ErrorCode":120500,"ErrorInfo":"no links, please"}' }),
			{},
			async (server) =>
				expectJsonAnswer(
					await deliver(server, callback),
					'{"ActionStatus":"OK","ErrorInfo":"no links, please","ErrorCode":120500}',
				),
		);
	});

	test('change: a masked MsgBody and new CloudCustomData go to Tencent with ErrorCode 0', async () => {
		const change = { ErrorCode: 0, MsgBody: MASKED, CloudCustomData: '{"moderated":true}' };
		await withTrigger(
			answeringWorkflow({ responseBody: JSON.stringify(change) }),
			{ defaultAnswer: 'deny' },
			async (server) =>
				expectJsonAnswer(
					await deliver(server, callback),
					JSON.stringify({ ActionStatus: 'OK', ErrorInfo: '', ...change }),
				),
		);
	});

	test('a changed body that is not a valid MsgBody: the default answer, and the log says why', async () => {
		await withTrigger(
			answeringWorkflow({
				responseBody: '{"ErrorCode":0,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{}}]}',
			}),
			{ defaultAnswer: 'deny' },
			async (server) => {
				expectJsonAnswer(await deliver(server, callback), DENY);
				expect(server.logs.join('\n')).toMatch(
					new RegExp(
						`${callback.command.replace('.', '\\.')}: .*MsgBody must be a non-empty array`,
					),
				);
			},
		);
	});

	test('a slow workflow: the default answer at the deadline on the trigger clock, its late answer dropped', async () => {
		await withTrigger(
			answeringWorkflow({ responseBody: '{"ErrorCode":0}', lateByMs: 2500 }),
			{ defaultAnswer: 'deny', answerDeadlineMs: 1800 },
			async (server) => {
				expectJsonAnswer(await deliver(server, callback), DENY);
				expect(server.logs.join('\n')).toMatch(
					/did not answer the before-callback within the Answer Deadline of 1800 ms/,
				);
				await logged(server, /answered after the deadline: its answer was dropped/);
			},
		);
	});

	test('a failing workflow: the default answer at once', async () => {
		await withTrigger(
			answeringWorkflow({ responseBody: '{"ErrorCode":1}', fail: true }),
			{ defaultAnswer: 'allow' },
			async (server) => {
				expectJsonAnswer(await deliver(server, callback), ALLOW);
				expect(server.logs.join('\n')).toMatch(/the workflow failed \(n8n answered HTTP 500\)/);
			},
		);
	});
});

describe('Chat Callback > Answer Before-Callback for Chat messages', () => {
	test('change with the body from text: one text element, the original CloudCustomData kept', async () => {
		await withTrigger(
			answerNodeWorkflow({
				decision: 'change',
				msgBodyFrom: 'text',
				msgText: 'see you at the ****',
			}),
			{},
			async (server) =>
				expectJsonAnswer(
					await deliver(server, C2C),
					JSON.stringify({
						ActionStatus: 'OK',
						ErrorInfo: '',
						ErrorCode: 0,
						MsgBody: MASKED,
						CloudCustomData: C2C.body.CloudCustomData,
					}),
				),
		);
	});

	test('change with the body as JSON for a group message, refuse with an own code, discard', async () => {
		await withTrigger(
			answerNodeWorkflow({ decision: 'change', msgBody: JSON.stringify(MASKED) }),
			{},
			async (server) => {
				const answer = JSON.parse((await deliver(server, GROUP)).body) as { MsgBody: unknown };
				expect(answer.MsgBody).toEqual(MASKED);
			},
		);
		await withTrigger(
			answerNodeWorkflow({ decision: 'customCode', errorCode: 120007, errorInfo: 'blocked word' }),
			{},
			async (server) =>
				expectJsonAnswer(
					await deliver(server, C2C),
					'{"ActionStatus":"OK","ErrorInfo":"blocked word","ErrorCode":120007}',
				),
		);
		await withTrigger(answerNodeWorkflow({ decision: 'discard' }), {}, async (server) =>
			expectJsonAnswer(
				await deliver(server, GROUP),
				'{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":2}',
			),
		);
	});

	test('a JSON body that is not a MsgBody fails the node; the trigger sends its default', async () => {
		await withTrigger(
			answerNodeWorkflow({ decision: 'change', msgBody: '{"Text":"x"}' }),
			{ defaultAnswer: 'deny' },
			async (server) => {
				expectJsonAnswer(await deliver(server, C2C, fixtureBody(C2C)), DENY);
				expect(server.logs.join('\n')).toMatch(
					/Tencent cannot use this answer to C2C.CallbackBeforeSendMsg: MsgBody must be/,
				);
			},
		);
	});
});
