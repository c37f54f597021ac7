/**
 * Tencent Cloud Chat before-callbacks as Tencent sends them (signed query, JSON body, written from
 * Tencent's pages apart from the node's code), each with the one answer it must get.
 */
import { signedCallbackQuery } from '../../lib/tencentCallbacks';
import {
	ADD_SUBSCRIBER,
	BEFORE_CALLBACK_TOKEN,
	CLOSED_ACCOUNT,
	SEND_MSG,
	WORKFLOW_MARK,
} from './beforeCallbackWorkflows';

export type CaseKind =
	| 'allow'
	| 'refuse'
	| 'change'
	| 'subscribers'
	| 'refuseSome'
	| 'closed'
	| 'slow'
	| 'breaks';

export interface BeforeCase {
	kind: CaseKind;
	command: string;
	/** Unique per case: finds the case's execution. */
	eventTime: number;
	body: Record<string, unknown>;
	/** The exact JSON Tencent must get when the workflow's answer is used. */
	workflowAnswer?: string;
}

export interface CaseAnswer {
	case: BeforeCase;
	status: number;
	contentType: string;
	text: string;
	ms: number;
}

/** Tencent's fields in the order the trigger writes them. */
const answer = (errorInfo: string, errorCode: number, extra: object = {}) =>
	JSON.stringify({ ActionStatus: 'OK', ErrorInfo: errorInfo, ErrorCode: errorCode, ...extra });

export const DEFAULT_DENY = answer('', 1);
export const TRIGGER_OK = answer('', 0);

let nextEventTime = 1_760_000_000_000;

function message(kind: CaseKind, text: string): BeforeCase {
	const eventTime = nextEventTime++;
	const workflowAnswer =
		kind === 'refuse'
			? answer(`${WORKFLOW_MARK} refused`, 1)
			: kind === 'change'
				? answer(`${WORKFLOW_MARK} changed`, 0, {
						MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: text.toUpperCase() } }],
						CloudCustomData: 'e2e: moderated',
					})
				: kind === 'allow'
					? answer(`${WORKFLOW_MARK} allowed`, 0)
					: undefined;
	return {
		kind,
		command: SEND_MSG,
		eventTime,
		body: {
			CallbackCommand: SEND_MSG,
			Official_Account: '@TOA#_e2e_news',
			OnlineOnlyFlag: 0,
			MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: text } }],
			CloudCustomData: '',
			EventTime: eventTime,
		},
		workflowAnswer,
	};
}

function subscribers(kind: CaseKind, index: number): BeforeCase {
	const eventTime = nextEventTime++;
	const accounts = [`user-${index}-a`, `user-${index}-b`, `user-${index}-c`];
	if (kind === 'refuseSome') accounts.splice(1, 0, `blocked-${index}-x`, `blocked-${index}-y`);
	const refused = accounts.filter((account) => account.startsWith('blocked-'));
	return {
		kind,
		command: ADD_SUBSCRIBER,
		eventTime,
		body: {
			CallbackCommand: ADD_SUBSCRIBER,
			Official_Account: kind === 'closed' ? CLOSED_ACCOUNT : '@TOA#_e2e_news',
			Operator_Account: 'administrator',
			SubscribeAccountList: accounts.map((account) => ({ Subscriber_Account: account })),
			EventTime: eventTime,
		},
		workflowAnswer:
			kind === 'closed'
				? answer(`${WORKFLOW_MARK} closed`, 1)
				: answer(`${WORKFLOW_MARK} checked`, 0, { RefusedSubscribers_Account: refused }),
	};
}

/** Half messages (allow, refuse, change), half subscriber lists (clean, some refused, closed). */
export function decidedCases(count: number): BeforeCase[] {
	return Array.from({ length: count }, (_, i) => {
		const round = i >> 1;
		if (i % 2 === 0) {
			const kind = (['allow', 'refuse', 'allow', 'change'] as const)[round % 4];
			const text =
				kind === 'refuse'
					? `Win big at the casino, offer ${round}`
					: kind === 'change'
						? `please shout offer ${round}`
						: `Sale ${round} starts now`;
			return message(kind, text);
		}
		return subscribers(
			(['subscribers', 'refuseSome', 'subscribers', 'closed'] as const)[round % 4],
			i,
		);
	});
}

export const slowCase = (i: number) => message('slow', `a slow decision ${i}`);
export const breakingCase = (i: number) => message('breaks', `this will break ${i}`);
export const baselineCase = (i: number) => message('allow', `Sale ${i} (trigger answers)`);

/** Posts one case as Tencent does and times the answer (sent to fully read). */
export async function sendCase(
	url: string,
	sdkAppId: string,
	item: BeforeCase,
): Promise<CaseAnswer> {
	const started = performance.now();
	const result = await fetch(
		`${url}?${signedCallbackQuery(item.command, sdkAppId, BEFORE_CALLBACK_TOKEN)}`,
		{
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(item.body),
		},
	).then(
		async (response) => ({
			status: response.status,
			contentType: response.headers.get('content-type') ?? '',
			text: await response.text(),
		}),
		(error: Error) => ({ status: 0, contentType: '', text: error.message }),
	);
	return { case: item, ...result, ms: performance.now() - started };
}

/** Sends the cases with at most `inFlight` unanswered at any moment; answers in case order. */
export async function sendAll(
	url: string,
	sdkAppId: string,
	cases: BeforeCase[],
	inFlight: number,
): Promise<CaseAnswer[]> {
	const answers: CaseAnswer[] = new Array(cases.length);
	let next = 0;
	const lane = async () => {
		while (next < cases.length) {
			const index = next++;
			answers[index] = await sendCase(url, sdkAppId, cases[index]);
		}
	};
	await Promise.all(Array.from({ length: Math.min(inFlight, cases.length) }, lane));
	return answers;
}
