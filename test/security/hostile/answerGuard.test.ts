import type { ServerResponse } from 'node:http';

import { guardWorkflowAnswer } from '../../../nodes/triggerCommon/workflowAnswerGuard';
import { ManualClock } from '../../../testkit/clock/manualClock';
import { listenOnLoopback } from '../../../testkit/servers/loopback';
import type { Loopback } from '../../../testkit/servers/loopback';

/**
 * The before-callback answer guard, against everything a workflow (or n8n on its behalf) can do to
 * the HTTP response: Tencent must get exactly one answer, the workflow's checked one or the
 * default, however the response is written to, and nothing may be thrown from the deadline timer.
 */
const DEFAULT_ANSWER = '{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0}';
const DENY = '{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":1}';

type Workflow = (response: ServerResponse) => void;

let server: Loopback;
let url: string;
let workflow: Workflow;
let deadlineMs = 2000;
/** The deadline passes only when a test moves this clock. */
let clock: ManualClock;
let check: (body: Buffer) => { ok: true; answer: string } | { ok: false; problem: string };
const warnings: string[] = [];
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(async () => {
	process.on('unhandledRejection', onUnhandled);
	server = await listenOnLoopback((_req, res) => {
		guardWorkflowAnswer(res, {
			deadlineMs,
			clock,
			answerDeadlineMs: deadlineMs,
			defaultAnswer: DEFAULT_ANSWER,
			check: (body) => check(body),
			warn: (message) => warnings.push(message),
		});
		workflow(res);
	});
	url = `${server.url}/`;
});
afterAll(async () => {
	process.off('unhandledRejection', onUnhandled);
	await server.close();
});
beforeEach(() => {
	warnings.splice(0);
	unhandled.splice(0);
	deadlineMs = 2000;
	clock = new ManualClock();
	check = (body) => ({ ok: true, answer: body.toString('utf8') });
});

async function ask() {
	const response = await fetch(url, { method: 'POST', signal: AbortSignal.timeout(10_000) });
	return {
		status: response.status,
		contentType: response.headers.get('content-type'),
		body: await response.text(),
	};
}

/** What ask() reads of one JSON answer with `body`. */
const jsonAnswer = (body: string) => ({
	status: 200,
	contentType: 'application/json; charset=utf-8',
	body,
});

/** A few turns of the event loop: long enough for an unhandled rejection to be reported. */
const settled = async () => {
	for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setImmediate(resolve));
};

/** Asks, and lets the deadline pass once the guard waits for it. */
async function askPastTheDeadline() {
	const answer = ask();
	while (clock.waiting === 0) await new Promise((resolve) => setImmediate(resolve));
	clock.advance(deadlineMs);
	return await answer;
}

describe('one answer always goes out', () => {
	test('the workflow calls writeHead with its own status and headers before end', async () => {
		workflow = (res) => {
			res.writeHead(201, { 'Content-Type': 'text/html', 'X-Leak': 'yes' });
			res.end(DENY);
		};
		const answer = await ask();
		expect(answer).toEqual(jsonAnswer(DENY));
		await settled();
		expect(unhandled).toEqual([]);
	});

	test('writeHead with a failure status counts as a failed workflow: the default answer', async () => {
		workflow = (res) => {
			res.writeHead(500);
			res.end('{"message":"Error in workflow"}');
		};
		expect((await ask()).body).toBe(DEFAULT_ANSWER);
		expect(warnings.join('\n')).toMatch(/the workflow failed \(n8n answered HTTP 500\)/);
	});

	test('flushHeaders, then nothing: the default answer at the deadline, nothing thrown from the timer', async () => {
		deadlineMs = 50;
		workflow = (res) => res.flushHeaders();
		const answer = await askPastTheDeadline();
		expect(answer).toEqual(jsonAnswer(DEFAULT_ANSWER));
		await settled();
		expect(unhandled).toEqual([]);
		expect(warnings.join('\n')).toMatch(/did not answer the before-callback within/);
	});

	test('writeHead, then a late answer after the deadline: the default answer, the late one dropped', async () => {
		deadlineMs = 50;
		let late: ServerResponse | undefined;
		workflow = (res) => {
			res.writeHead(200, { 'Content-Type': 'text/plain' });
			late = res;
		};
		expect((await askPastTheDeadline()).body).toBe(DEFAULT_ANSWER);
		late!.end(DENY);
		await settled();
		expect(unhandled).toEqual([]);
		expect(warnings.join('\n')).toMatch(/answered after the deadline/);
	});

	test('a check that throws: the default answer, not an error', async () => {
		check = () => {
			throw new Error('checker bug');
		};
		workflow = (res) => res.end(DENY);
		expect((await ask()).body).toBe(DEFAULT_ANSWER);
		expect(warnings.join('\n')).toMatch(/could not be checked/);
	});
});
