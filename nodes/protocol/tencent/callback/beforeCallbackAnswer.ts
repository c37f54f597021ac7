import { readJsonObject } from '../../common/losslessJson';
import { parseMsgBody } from '../messageBody';

/**
 * What Tencent Cloud Chat accepts as the answer to an official-account "before" callback, from
 * its pages "Before Official Account Is Subscribed" (trtc.io/document/60799), "Before Official
 * Account Message Is Sent" (60803) and "Before Official Account Is Created" (60795), and to the
 * Chat message callbacks "Before a One-to-One Message Is Sent" (tencentcloud.com/document/product/
 * 1047/34364) and "Before a Group Message Is Sent" (34372). Tencent waits 2 seconds by default.
 */
export const BEFORE_CALLBACK_COMMANDS = [
	'OfficialAccount.CallbackBeforeCreateOfficialAccount',
	'OfficialAccount.CallbackBeforeAddSubscriber',
	'OfficialAccount.CallbackBeforeSendMsg',
	'C2C.CallbackBeforeSendMsg',
	'Group.CallbackBeforeSendMsg',
] as const;

/**
 * The before-callbacks about a message: ErrorCode 0 sends it (MsgBody and CloudCustomData may be
 * changed), 1 refuses it (the sender gets an error), 2 drops it silently (the sender is told it was
 * sent), 120001 to 130000 refuses it with that code and ErrorInfo passed on to the sender.
 */
const MESSAGE_BEFORE_CALLBACKS: ReadonlySet<string> = new Set([
	'OfficialAccount.CallbackBeforeSendMsg',
	'C2C.CallbackBeforeSendMsg',
	'Group.CallbackBeforeSendMsg',
]);

export function isMessageBeforeCallback(command: string): boolean {
	return MESSAGE_BEFORE_CALLBACKS.has(command);
}

export type BeforeCallbackCommand = (typeof BEFORE_CALLBACK_COMMANDS)[number];

export const TENCENT_BEFORE_CALLBACK_LIMIT_MS = 2000;

export type DefaultDecision = 'allow' | 'deny';

export function isBeforeCallback(command: string): command is BeforeCallbackCommand {
	return (BEFORE_CALLBACK_COMMANDS as readonly string[]).includes(command);
}

/** ErrorCode 0 lets the action go ahead, 1 refuses it; the message callback knows more codes. */
export function decisionAnswer(decision: DefaultDecision): string {
	return JSON.stringify({
		ActionStatus: 'OK',
		ErrorInfo: '',
		ErrorCode: decision === 'allow' ? 0 : 1,
	});
}

export type CheckedAnswer = { ok: true; answer: string } | { ok: false; problem: string };

const MAX_ERROR_INFO = 256;
/** Tencent's custom refusal codes for messages: passed to the sender with ErrorInfo. */
const CUSTOM_REFUSAL = { min: 120001, max: 130000 };

/**
 * Checks the workflow's answer to a before-callback and returns the exact JSON to send Tencent,
 * rebuilt from the fields Tencent knows. `problem` says what is wrong, naming fields but never
 * quoting their values (they may hold message content).
 */
export function checkBeforeCallbackAnswer(
	command: BeforeCallbackCommand,
	payload: Record<string, unknown>,
	body: unknown,
): CheckedAnswer {
	const answer = readJsonObject(body ?? '');
	if (answer === undefined) return fail('the answer is not a JSON object');
	const allowedFields = new Set([
		'ActionStatus',
		'ErrorInfo',
		'ErrorCode',
		...extraFields(command),
	]);
	const unknown = Object.keys(answer).filter((key) => !allowedFields.has(key));
	if (unknown.length > 0)
		return fail(`the answer has fields Tencent does not read here: ${unknown.join(', ')}`);
	if (answer.ActionStatus !== undefined && answer.ActionStatus !== 'OK')
		return fail('ActionStatus must be "OK" (a FAIL answer counts as no answer for Tencent)');
	const code = answer.ErrorCode;
	if (typeof code !== 'number' || !Number.isInteger(code))
		return fail('ErrorCode must be an integer (0 allows, 1 refuses)');
	if (!allowedCodes(command)(code)) return fail(`ErrorCode ${code} is not one ${command} accepts`);
	const info = answer.ErrorInfo ?? '';
	if (typeof info !== 'string' || info.length > MAX_ERROR_INFO)
		return fail(`ErrorInfo must be a string of at most ${MAX_ERROR_INFO} characters`);

	const result: Record<string, unknown> = { ActionStatus: 'OK', ErrorInfo: info, ErrorCode: code };
	const changes = extraFields(command).filter((field) => answer[field] !== undefined);
	if (changes.length > 0 && code !== 0)
		return fail(`${changes.join(' and ')} can only go with ErrorCode 0`);
	for (const field of changes) {
		const problem = checkChange(field, answer[field], payload);
		if (problem) return fail(problem);
		result[field] = answer[field];
	}
	return { ok: true, answer: JSON.stringify(result) };
}

function fail(problem: string): CheckedAnswer {
	return { ok: false, problem };
}

function extraFields(command: BeforeCallbackCommand): string[] {
	if (isMessageBeforeCallback(command)) return ['MsgBody', 'CloudCustomData'];
	if (command === 'OfficialAccount.CallbackBeforeAddSubscriber')
		return ['RefusedSubscribers_Account'];
	return [];
}

function allowedCodes(command: BeforeCallbackCommand): (code: number) => boolean {
	if (isMessageBeforeCallback(command)) {
		// 2 drops the message silently: the sender is told it was sent.
		return (code) =>
			code === 0 ||
			code === 1 ||
			code === 2 ||
			(code >= CUSTOM_REFUSAL.min && code <= CUSTOM_REFUSAL.max);
	}
	return (code) => code === 0 || code === 1;
}

function checkChange(
	field: string,
	value: unknown,
	payload: Record<string, unknown>,
): string | undefined {
	if (field === 'CloudCustomData')
		return typeof value === 'string' ? undefined : 'CloudCustomData must be a string';
	if (field === 'MsgBody') {
		// An array as Tencent sends it (never JSON text), with the elements a send would take.
		const wellFormed = Array.isArray(value) && 'elements' in parseMsgBody(value);
		return wellFormed
			? undefined
			: 'MsgBody must be a non-empty array of { MsgType: "TIM...Elem", MsgContent: {...} } (a TIMTextElem with a Text string)';
	}
	// RefusedSubscribers_Account: only accounts this callback asked about can be refused.
	const asked = new Set(
		(Array.isArray(payload.SubscribeAccountList) ? payload.SubscribeAccountList : [])
			.filter(isObject)
			.map((entry) => entry.Subscriber_Account),
	);
	if (!Array.isArray(value) || !value.every((account) => typeof account === 'string'))
		return 'RefusedSubscribers_Account must be an array of account ids';
	const strangers = value.filter((account) => !asked.has(account)).length;
	return strangers === 0
		? undefined
		: `RefusedSubscribers_Account names ${strangers} account(s) that are not in SubscribeAccountList`;
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
