import {
	checkBeforeCallbackAnswer,
	decisionAnswer,
	isBeforeCallback,
} from '../../../../nodes/protocol/tencent/callback/beforeCallbackAnswer';
import type { BeforeCallbackCommand } from '../../../../nodes/protocol/tencent/callback/beforeCallbackAnswer';

const SEND = 'OfficialAccount.CallbackBeforeSendMsg';
const ADD = 'OfficialAccount.CallbackBeforeAddSubscriber';
const CREATE = 'OfficialAccount.CallbackBeforeCreateOfficialAccount';
const C2C = 'C2C.CallbackBeforeSendMsg';
const GROUP = 'Group.CallbackBeforeSendMsg';
const TEXT = [{ MsgType: 'TIMTextElem', MsgContent: { Text: '***' } }];
const PAYLOAD = {
	SubscribeAccountList: [{ Subscriber_Account: 'a' }, { Subscriber_Account: 'b' }],
};

const check = (command: BeforeCallbackCommand, answer: unknown) =>
	checkBeforeCallbackAnswer(
		command,
		PAYLOAD,
		typeof answer === 'string' ? answer : JSON.stringify(answer),
	);

describe('checking a workflow answer to a before-callback', () => {
	test('the three official-account and the two Chat before-send callbacks are answered by the workflow', () => {
		expect([SEND, ADD, CREATE, C2C, GROUP].every(isBeforeCallback)).toBe(true);
		expect(isBeforeCallback('OfficialAccount.CallbackAfterSendMsg')).toBe(false);
		expect(isBeforeCallback('C2C.CallbackAfterSendMsg')).toBe(false);
		expect(isBeforeCallback('State.StateChange')).toBe(false);
	});

	test('defaults are Tencent documented allow / refuse answers', () => {
		expect(decisionAnswer('allow')).toBe('{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0}');
		expect(decisionAnswer('deny')).toBe('{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":1}');
	});

	test.each([
		[CREATE, { ErrorCode: 0 }, '{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0}'],
		[
			CREATE,
			{ ActionStatus: 'OK', ErrorInfo: 'no', ErrorCode: 1 },
			'{"ActionStatus":"OK","ErrorInfo":"no","ErrorCode":1}',
		],
		[SEND, { ErrorCode: 2 }, '{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":2}'],
		[
			SEND,
			{ ErrorCode: 120001, ErrorInfo: 'banned word' },
			'{"ActionStatus":"OK","ErrorInfo":"banned word","ErrorCode":120001}',
		],
		[
			SEND,
			{ ErrorCode: 0, CloudCustomData: 'x' },
			'{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0,"CloudCustomData":"x"}',
		],
		[C2C, { ErrorCode: 1 }, '{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":1}'],
		[GROUP, { ErrorCode: 2 }, '{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":2}'],
		[
			C2C,
			{ ErrorCode: 125000, ErrorInfo: 'no links' },
			'{"ActionStatus":"OK","ErrorInfo":"no links","ErrorCode":125000}',
		],
		[
			C2C,
			{ ErrorCode: 0, MsgBody: TEXT },
			`{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0,"MsgBody":${JSON.stringify(TEXT)}}`,
		],
		[
			GROUP,
			{ ErrorCode: 0, MsgBody: TEXT, CloudCustomData: 'checked' },
			`{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0,"MsgBody":${JSON.stringify(TEXT)},"CloudCustomData":"checked"}`,
		],
		[
			ADD,
			{ ErrorCode: 0, RefusedSubscribers_Account: ['b'] },
			'{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0,"RefusedSubscribers_Account":["b"]}',
		],
	])('%s accepts %j', (command, answer, expected) => {
		expect(check(command as BeforeCallbackCommand, answer)).toEqual({ ok: true, answer: expected });
	});

	test.each([
		[CREATE, 'not json', /not a JSON object/],
		[CREATE, [{ ErrorCode: 0 }], /not a JSON object/],
		[CREATE, {}, /ErrorCode must be an integer/],
		[CREATE, { ErrorCode: '1' }, /ErrorCode must be an integer/],
		[CREATE, { ErrorCode: 2 }, /ErrorCode 2 is not one/],
		[ADD, { ErrorCode: 120001 }, /ErrorCode 120001 is not one/],
		[SEND, { ErrorCode: 130001 }, /ErrorCode 130001 is not one/],
		[CREATE, { ErrorCode: 0, ActionStatus: 'FAIL' }, /ActionStatus must be "OK"/],
		[CREATE, { ErrorCode: 0, MsgBody: [] }, /fields Tencent does not read here: MsgBody/],
		[SEND, { ErrorCode: 1, CloudCustomData: 'x' }, /CloudCustomData can only go with ErrorCode 0/],
		[SEND, { ErrorCode: 0, MsgBody: [] }, /MsgBody must be a non-empty array/],
		[SEND, { ErrorCode: 0, MsgBody: [{ MsgType: 'Text', MsgContent: {} }] }, /MsgBody must be/],
		[SEND, { ErrorCode: 0, CloudCustomData: { a: 1 } }, /CloudCustomData must be a string/],
		[C2C, { ErrorCode: 3 }, /ErrorCode 3 is not one C2C.CallbackBeforeSendMsg accepts/],
		[GROUP, { ErrorCode: 120000 }, /ErrorCode 120000 is not one/],
		[C2C, { ErrorCode: 0, MsgBody: 'masked' }, /MsgBody must be a non-empty array/],
		[
			C2C,
			{ ErrorCode: 0, MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: {} }] },
			/TIMTextElem with a Text string/,
		],
		[GROUP, { ErrorCode: 0, MsgBody: [null] }, /MsgBody must be/],
		[GROUP, { ErrorCode: 120001, MsgBody: TEXT }, /MsgBody can only go with ErrorCode 0/],
		[C2C, { ErrorCode: 0, RefusedSubscribers_Account: ['a'] }, /fields Tencent does not read here/],
		[ADD, { ErrorCode: 0, RefusedSubscribers_Account: 'b' }, /must be an array of account ids/],
		[
			ADD,
			{ ErrorCode: 0, RefusedSubscribers_Account: ['b', 'z'] },
			/1 account\(s\) that are not in SubscribeAccountList/,
		],
		[
			CREATE,
			{ ErrorCode: 0, ErrorInfo: 'x'.repeat(257) },
			/ErrorInfo must be a string of at most 256/,
		],
	])('%s refuses %j', (command, answer, problem) => {
		const checked = check(command as BeforeCallbackCommand, answer);
		expect(checked.ok).toBe(false);
		if (!checked.ok) expect(checked.problem).toMatch(problem);
	});

	test('a problem never quotes the answer (it may hold message content)', () => {
		const checked = check(SEND, {
			ErrorCode: 0,
			MsgBody: [{ MsgType: 'secret-text', MsgContent: 1 }],
		});
		expect(JSON.stringify(checked)).not.toContain('secret-text');
	});
});
