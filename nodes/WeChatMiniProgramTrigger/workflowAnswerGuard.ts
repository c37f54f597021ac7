import { type IWebhookFunctions, sleep } from 'n8n-workflow';

import type { CheckedAnswer } from '../protocol/tencent/callback/beforeCallbackAnswer';

type ServerResponse = ReturnType<IWebhookFunctions['getResponseObject']>;

export interface WorkflowAnswerGuardOptions {
	/** After this long the default answer goes out, whatever the workflow is doing. */
	deadlineMs: number;
	/** The Answer Deadline as set, counted from when the request arrived (for the log line). */
	answerDeadlineMs: number;
	/** The JSON sent when the workflow's answer is missing, late, failed or invalid. */
	defaultAnswer: string;
	/** Checks what the workflow sent and returns the exact JSON to send instead. */
	check(body: Buffer): CheckedAnswer;
	/** The Content-Type of an answer (default: JSON, Tencent's). */
	contentType?: (answer: string) => string;
	warn(message: string): void;
}

type End = ServerResponse['end'];
type Write = ServerResponse['write'];
type SetHeader = ServerResponse['setHeader'];

/**
 * Stands between the workflow's answer and Tencent. n8n writes a Respond to Webhook answer itself,
 * after the trigger has returned; the one place that sees it before it leaves is the HTTP response
 * object. That object lives in the process that received the request, in regular and in queue
 * mode alike (a worker's answer is relayed back to that process), and so does the deadline timer.
 *
 * From now on every write to `response` is captured instead of sent. The first complete answer is
 * checked: if it is valid, the checked JSON goes out; otherwise, or when the deadline passes first,
 * `defaultAnswer` does. Anything written afterwards is dropped, so Tencent gets exactly one answer.
 */
export function guardWorkflowAnswer(
	response: ServerResponse,
	options: WorkflowAnswerGuardOptions,
): void {
	const originalEnd = response.end.bind(response) as (body: string) => ServerResponse;
	const originalSetHeader = response.setHeader.bind(response);
	const captured: Buffer[] = [];
	let settledBy: 'workflow' | 'deadline' | undefined;

	const settle = (answer: string, by: 'workflow' | 'deadline') => {
		settledBy = by;
		response.statusCode = 200;
		originalSetHeader(
			'Content-Type',
			options.contentType?.(answer) ?? 'application/json; charset=utf-8',
		);
		originalSetHeader('Cache-Control', 'no-store');
		originalEnd(answer);
	};

	// n8n's sleep cannot be cancelled (n8n Cloud forbids timers): once settled, waking up does nothing.
	void sleep(options.deadlineMs).then(() => {
		if (settledBy !== undefined || response.writableEnded) return;
		options.warn(
			`the workflow did not answer the before-callback within the Answer Deadline of ${options.answerDeadlineMs} ms (${options.deadlineMs} ms were left once the callback was read): the default answer was sent`,
		);
		settle(options.defaultAnswer, 'deadline');
	});

	// n8n's own headers (content type, CSP, ETag) are not Tencent's concern: the answer sets its own.
	response.setHeader = function ignoreHeader(this: ServerResponse) {
		return this;
	} as SetHeader;

	response.write = function capture(this: ServerResponse, chunk: unknown) {
		if (settledBy === undefined && chunk !== undefined) captured.push(toBuffer(chunk));
		return true;
	} as Write;

	response.end = function checkAndSend(this: ServerResponse, chunk?: unknown) {
		if (settledBy === 'deadline') {
			if (chunk !== undefined || captured.length > 0)
				options.warn('the workflow answered after the deadline: its answer was dropped');
			captured.length = 0;
			return this;
		}
		if (settledBy === 'workflow') return this;
		if (chunk !== undefined && typeof chunk !== 'function') captured.push(toBuffer(chunk));
		const body = Buffer.concat(captured);
		const failed = this.statusCode >= 400;
		const checked: CheckedAnswer = failed
			? { ok: false, problem: `the workflow failed (n8n answered HTTP ${this.statusCode})` }
			: body.length === 0
				? { ok: false, problem: 'the workflow ended without an answer' }
				: options.check(body);
		if (!checked.ok)
			options.warn(`the workflow's before-callback answer was not used: ${checked.problem}`);
		settle(checked.ok ? checked.answer : options.defaultAnswer, 'workflow');
		return this;
	} as End;
}

function toBuffer(chunk: unknown): Buffer {
	if (Buffer.isBuffer(chunk)) return chunk;
	if (chunk instanceof Uint8Array) return Buffer.from(chunk);
	return Buffer.from(String(chunk), 'utf8');
}
