import type { IWebhookFunctions } from 'n8n-workflow';

import type { Clock } from '../protocol/common/clock';
import type { CheckedAnswer } from '../protocol/tencent/callback/beforeCallbackAnswer';

type ServerResponse = ReturnType<IWebhookFunctions['getResponseObject']>;

export interface WorkflowAnswerGuardOptions {
	/** After this long the default answer goes out, whatever the workflow is doing. */
	deadlineMs: number;
	/** What the deadline is waited on (the trigger's clock: n8n's sleep, or a test's). */
	clock: Clock;
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
type WriteHead = ServerResponse['writeHead'];
type FlushHeaders = ServerResponse['flushHeaders'];

/**
 * Stands between the workflow's answer and Tencent. n8n writes a Respond to Webhook answer itself,
 * after the trigger has returned; the one place that sees it before it leaves is the HTTP response
 * object. That object lives in the process that received the request, in regular and in queue
 * mode alike (a worker's answer is relayed back to that process), and so does the deadline timer.
 *
 * From now on nothing written to `response` is sent: headers (setHeader, writeHead,
 * flushHeaders) are dropped, body chunks captured. The first complete answer is checked: if it is
 * valid, the checked JSON goes out; otherwise, or when the deadline passes first, `defaultAnswer`
 * does. Anything written afterwards is dropped, so Tencent gets exactly one answer, and nothing
 * is thrown from the timer or back into n8n's code.
 */
export function guardWorkflowAnswer(
	response: ServerResponse,
	options: WorkflowAnswerGuardOptions,
): void {
	const originalEnd = response.end.bind(response) as (body: string) => ServerResponse;
	const originalSetHeader = response.setHeader.bind(response);
	const originalWriteHead = response.writeHead.bind(response) as (status: number) => unknown;
	const captured: Buffer[] = [];
	let settledBy: 'workflow' | 'deadline' | undefined;
	/** True while the one answer is written: Node's own end() writes its head through writeHead. */
	let sending = false;

	const settle = (answer: string, by: 'workflow' | 'deadline') => {
		settledBy = by;
		try {
			// Headers cannot have gone out through this response (every way is captured below); the
			// check keeps a socket written to behind its back from turning into a throw here.
			if (!response.headersSent) {
				response.statusCode = 200;
				originalSetHeader(
					'Content-Type',
					options.contentType?.(answer) ?? 'application/json; charset=utf-8',
				);
				originalSetHeader('Cache-Control', 'no-store');
			}
			sending = true;
			originalEnd(answer);
		} catch (error) {
			options.warn(`the answer could not be sent: ${(error as Error).message}`);
		} finally {
			sending = false;
		}
	};

	// n8n's sleep cannot be cancelled (n8n Cloud forbids timers): once settled, waking up does nothing.
	void options.clock
		.sleep(options.deadlineMs)
		.then(() => {
			if (settledBy !== undefined || response.writableEnded) return;
			options.warn(
				`the workflow did not answer the before-callback within the Answer Deadline of ${options.answerDeadlineMs} ms (${options.deadlineMs} ms were left once the callback was read): the default answer was sent`,
			);
			settle(options.defaultAnswer, 'deadline');
		})
		.catch(() => undefined);

	// n8n's own headers (content type, CSP, ETag) are not Tencent's concern: the answer sets its own.
	response.setHeader = function ignoreHeader(this: ServerResponse) {
		return this;
	} as SetHeader;

	// The status is kept (a failure status means the workflow failed); the headers are dropped.
	response.writeHead = function keepStatusOnly(this: ServerResponse, statusCode: number) {
		if (sending) {
			originalWriteHead(statusCode);
			return this;
		}
		if (settledBy === undefined && Number.isInteger(statusCode)) this.statusCode = statusCode;
		return this;
	} as WriteHead;

	response.flushHeaders = function holdHeaders() {} as FlushHeaders;

	response.write = function capture(this: ServerResponse, chunk: unknown) {
		if (settledBy === undefined && chunk !== undefined && typeof chunk !== 'function')
			captured.push(toBuffer(chunk));
		return true;
	} as Write;

	response.end = function checkAndSend(this: ServerResponse, chunk?: unknown) {
		if (settledBy === 'deadline') {
			if ((chunk !== undefined && typeof chunk !== 'function') || captured.length > 0)
				options.warn('the workflow answered after the deadline: its answer was dropped');
			captured.length = 0;
			return this;
		}
		if (settledBy === 'workflow') return this;
		if (chunk !== undefined && typeof chunk !== 'function') captured.push(toBuffer(chunk));
		const checked = checkWorkflowAnswer(this.statusCode, Buffer.concat(captured), options.check);
		if (!checked.ok)
			options.warn(`the workflow's before-callback answer was not used: ${checked.problem}`);
		settle(checked.ok ? checked.answer : options.defaultAnswer, 'workflow');
		return this;
	} as End;
}

function checkWorkflowAnswer(
	statusCode: number,
	body: Buffer,
	check: WorkflowAnswerGuardOptions['check'],
): CheckedAnswer {
	if (statusCode >= 400)
		return { ok: false, problem: `the workflow failed (n8n answered HTTP ${statusCode})` };
	if (body.length === 0) return { ok: false, problem: 'the workflow ended without an answer' };
	try {
		return check(body);
	} catch {
		return { ok: false, problem: 'the answer could not be checked' };
	}
}

function toBuffer(chunk: unknown): Buffer {
	if (Buffer.isBuffer(chunk)) return chunk;
	if (chunk instanceof Uint8Array) return Buffer.from(chunk);
	return Buffer.from(String(chunk), 'utf8');
}
