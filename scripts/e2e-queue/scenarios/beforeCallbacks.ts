/**
 * (e) Tencent Cloud Chat before-callbacks answered by the workflow in queue mode. The trigger's
 * webhook runs in the webhook processor; the workflow, its Respond to Webhook node included, on a
 * worker. n8n 2.41.1 carries that answer back as a Bull job progress message through Redis
 * (`respond-to-webhook`, scaling/job-processor.js), which the webhook processor hands to the
 * waiting request (scaling.service.js, `global:progress`); a failed job comes back as
 * `job-finished` and becomes an HTTP 500 there. The trigger's check and its deadline timer sit on
 * that HTTP response in the webhook processor, so they work as in regular mode.
 *
 * Strict: every answer is Tencent JSON and is either exactly the workflow's decision (refusals
 * refuse, the refused accounts are the ones named, the changed body is the one written) or exactly
 * the default (Deny); a failing workflow gets the default within Tencent's 2 s and a slow one
 * before its own answer could come (Phase.limitMs); one at a
 * time, every answer comes within 2 s and at most MAX_DEFAULT_SHARE get the default; each callback
 * starts one execution. Measured: answer times per phase (with IN_FLIGHT callbacks at once, their
 * times and how many were late are measured, not failed: see Phase.strictTime), workflow vs
 * default answers, which worker ran what, and where the time goes (queue wait, execution).
 */
import { durationMs } from '../executions';
import type { Execution } from '../executions';
import type { Role } from '../n8nProcesses';
import { activateWorkflow, createCredential, createWorkflow } from '../../lib/n8nRest';
import { E2E_OWNER, signInOwner } from '../../lib/owner';
import { waitForWebhook } from '../n8nProcesses';
import {
	baselineCase,
	breakingCase,
	decidedCases,
	DEFAULT_DENY,
	sendAll,
	slowCase,
	TRIGGER_OK,
} from './beforeCallbackCases';
import type { CaseAnswer } from './beforeCallbackCases';
import {
	beforeCallbackCredential,
	decidingWorkflow,
	triggerAnswersWorkflow,
} from './beforeCallbackWorkflows';
import { countBy } from './scenario';
import type { Scenario, ScenarioContext } from './scenario';

const TENCENT_LIMIT_MS = 2000;
const BASELINE = 10;
const SEQUENTIAL = 20;
const CONCURRENT = Number(process.env.E2E_BEFORE_CALLBACKS ?? 72);
const IN_FLIGHT = Number(process.env.E2E_BEFORE_IN_FLIGHT ?? 3);
const SLOW_AND_BREAKING = 4;
/** Callbacks decided one at a time that may get the default answer (late) before the run fails. */
const MAX_DEFAULT_SHARE = 0.1;

interface Phase {
	label: string;
	answers: CaseAnswer[];
	/** The answer every callback of the phase must get, when it is not the workflow's own. */
	expected: 'workflow-or-default' | 'default' | 'trigger';
	/**
	 * Answers after Tencent's 2 s fail the run. Not with several in flight: there the webhook
	 * processor's own work before the trigger runs (finding the workflow, reading the credential)
	 * grows past 2 s on this shared machine, which no node can shorten: measured, not failed.
	 */
	strictTime: boolean;
	/** With strictTime, the bound in ms (Tencent's 2 s unless said). */
	limitMs?: number;
}

function quantiles(values: number[]): string {
	const sorted = [...values].sort((a, b) => a - b);
	const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
	return sorted.length
		? `${at(0.5).toFixed(0)} / ${at(0.95).toFixed(0)} / ${sorted[sorted.length - 1].toFixed(0)}`
		: '-';
}

async function setUp({ cluster, endpoints }: ScenarioContext) {
	const session = await signInOwner(`http://127.0.0.1:${cluster.ports.main}`, E2E_OWNER);
	const credential = await createCredential(session, beforeCallbackCredential(endpoints));
	const workflows = [decidingWorkflow(credential.id), triggerAnswersWorkflow(credential.id)];
	for (const workflow of workflows) {
		await createWorkflow(session, workflow.json);
		await activateWorkflow(session, workflow.id);
	}
	await Promise.all(workflows.map((workflow) => waitForWebhook(cluster, workflow.webhookPath)));
	const url = (path: string) => `${cluster.webhookBaseUrl}/${path}`;
	return { decides: workflows[0], triggerAnswers: workflows[1], url };
}

/** Problems of one answer; `from` says whose answer it was. */
function judge(
	answer: CaseAnswer,
	expected: Phase['expected'],
): { from: 'workflow' | 'default' | 'trigger' | 'wrong'; problem?: string } {
	const where = `${answer.case.kind} callback (EventTime ${answer.case.eventTime})`;
	if (answer.status !== 200 || !answer.contentType.startsWith('application/json'))
		return {
			from: 'wrong',
			problem: `${where}: answered ${answer.status} ${answer.contentType} ${answer.text.slice(0, 120)}`,
		};
	if (expected === 'trigger')
		return answer.text === TRIGGER_OK
			? { from: 'trigger' }
			: { from: 'wrong', problem: `${where}: the trigger answered ${answer.text.slice(0, 200)}` };
	if (answer.text === DEFAULT_DENY) return { from: 'default' };
	if (expected === 'workflow-or-default' && answer.text === answer.case.workflowAnswer)
		return { from: 'workflow' };
	return {
		from: 'wrong',
		problem: `${where}: got ${answer.text.slice(0, 200)}, expected ${expected === 'default' ? DEFAULT_DENY : `${answer.case.workflowAnswer} or the default`}`,
	};
}

export const beforeCallbacks: Scenario = async (context) => {
	const { endpoints, executions } = context;
	const sdkAppId = String(endpoints.tencent.sdkAppId);
	const { decides, triggerAnswers, url } = await setUp(context);
	const afterId = executions.lastExecutionId();
	const started = Date.now();

	const send = (path: string, cases: ReturnType<typeof decidedCases>, inFlight: number) =>
		sendAll(url(path), sdkAppId, cases, inFlight);
	const baselineCases = Array.from({ length: BASELINE }, (_, i) => baselineCase(i));
	const phases: Phase[] = [
		{
			label: 'trigger answers, one at a time',
			answers: await send(triggerAnswers.webhookPath, baselineCases, 1),
			expected: 'trigger',
			strictTime: true,
		},
		{
			label: 'workflow answers, one at a time',
			answers: await send(decides.webhookPath, decidedCases(SEQUENTIAL), 1),
			expected: 'workflow-or-default',
			strictTime: true,
		},
		{
			label: `workflow answers, ${IN_FLIGHT} in flight`,
			answers: await send(decides.webhookPath, decidedCases(CONCURRENT), IN_FLIGHT),
			expected: 'workflow-or-default',
			strictTime: false,
		},
	];
	// One at a time: a slow execution holds its worker (concurrency 1) for 3 s.
	const slowCases = Array.from({ length: SLOW_AND_BREAKING }, (_, i) => slowCase(i));
	phases.push({
		label: 'workflow waits 3 s: default at the deadline',
		answers: await send(decides.webhookPath, slowCases, 1),
		expected: 'default',
		strictTime: true,
		// The deadline counts from the trigger's start; n8n's work before it adds up to ~1.4 s at p95
		// under load (the trigger-answers phase), so 2 s is measured. Strict: the default came before
		// the workflow's own answer could (after its 3 s wait), so the timer fired in the webhook processor.
		limitMs: 3000,
	});
	const breakingCases = Array.from({ length: SLOW_AND_BREAKING }, (_, i) => breakingCase(i));
	phases.push({
		label: 'workflow fails: default at once',
		answers: await send(decides.webhookPath, breakingCases, 1),
		expected: 'default',
		strictTime: true,
	});
	const sendingMs = Date.now() - started;

	const problems: string[] = [];
	const figures: [string, string | number][] = [];
	const from = new Map<number, string>();
	let decided = 0;
	let decidedByDefault = 0;
	for (const phase of phases) {
		const judged = phase.answers.map((answer) => judge(answer, phase.expected));
		problems.push(...judged.flatMap((j) => (j.problem ? [j.problem] : [])));
		phase.answers.forEach((answer, i) => from.set(answer.case.eventTime, judged[i].from));
		const late = phase.answers.filter((answer) => answer.ms > TENCENT_LIMIT_MS);
		const limitMs = phase.limitMs ?? TENCENT_LIMIT_MS;
		const overLimit = phase.answers.filter((answer) => answer.ms > limitMs);
		if (overLimit.length && phase.strictTime)
			problems.push(
				`${phase.label}: ${overLimit.length} of ${phase.answers.length} answers came after ${limitMs} ms (slowest ${Math.max(...overLimit.map((a) => a.ms)).toFixed(0)} ms)`,
			);
		const counts = countBy(judged.map((j) => j.from));
		const defaults = counts.get('default') ?? 0;
		if (phase.expected === 'workflow-or-default') {
			decided += phase.answers.length;
			decidedByDefault += defaults;
			if (phase.strictTime && defaults > phase.answers.length * MAX_DEFAULT_SHARE)
				problems.push(
					`${phase.label}: ${defaults} of ${phase.answers.length} callbacks got the default answer (at most ${Math.floor(phase.answers.length * MAX_DEFAULT_SHARE)}): the workflow's answer was too late`,
				);
		}
		figures.push([
			`${phase.label}: p50 / p95 / max ms`,
			`${quantiles(phase.answers.map((answer) => answer.ms))} (n=${phase.answers.length}; ${[...counts].map(([who, n]) => `${n} ${who}`).join(', ')}; ${late.length} after 2 s${phase.strictTime ? (phase.limitMs ? `, strict: ${phase.limitMs} ms` : '') : ', measured'})`,
		]);
	}

	// Each callback started exactly one execution; which worker ran it, and how long it waited.
	const byEventTime = new Map<number, { run: Execution; worker: Role | 'unknown' }[]>();
	const readRuns = async (workflowId: string, expected: number) => {
		const runs = await executions.waitForFinished(workflowId, expected, 120_000, afterId);
		if (runs.length !== expected)
			problems.push(`${expected} callbacks started ${runs.length} executions of ${workflowId}`);
		const data = executions.runData(runs.map((run) => run.id));
		const workers = executions.workerOfExecutions();
		for (const run of runs) {
			const [item] = data.get(run.id)?.output('Before Callbacks') ?? [];
			const eventTime = Number(item?.EventTime);
			const entry = { run, worker: workers.get(run.id) ?? ('unknown' as const) };
			byEventTime.set(eventTime, [...(byEventTime.get(eventTime) ?? []), entry]);
		}
		return runs;
	};
	const allCases = phases.flatMap((phase) => phase.answers.map((answer) => answer.case));
	const decidesRuns = await readRuns(decides.id, allCases.length - baselineCases.length);
	const baselineRuns = await readRuns(triggerAnswers.id, baselineCases.length);
	for (const item of allCases) {
		const runs = byEventTime.get(item.eventTime) ?? [];
		if (runs.length !== 1)
			problems.push(
				`the ${item.kind} callback ${item.eventTime} started ${runs.length} executions`,
			);
		const wanted = item.kind === 'breaks' ? 'error' : 'success';
		for (const { run } of runs)
			if (run.status !== wanted)
				problems.push(`execution ${run.id} (${item.kind}) ended ${run.status}, not ${wanted}`);
	}
	const entries = [...byEventTime.entries()];
	const perWorker = Object.fromEntries(
		countBy(entries.flatMap(([, runs]) => runs.map((r) => r.worker))),
	) as Partial<Record<Role, number>>;
	if (!perWorker.worker1 || !perWorker.worker2)
		problems.push(`the executions did not run on both workers: ${JSON.stringify(perWorker)}`);
	const defaultsByWorker = countBy(
		entries
			.filter(([eventTime]) => from.get(eventTime) === 'default')
			.flatMap(([, runs]) => runs.map((r) => r.worker)),
	);
	const queued = (runs: Execution[]) =>
		runs
			.map((run) => Date.parse(run.startedAt ?? '') - Date.parse(run.createdAt))
			.filter(Number.isFinite);

	figures.push(
		['callbacks sent', `${allCases.length} in ${(sendingMs / 1000).toFixed(1)} s`],
		[
			'decided by the workflow / default answer',
			`${decided - decidedByDefault} / ${decidedByDefault} of ${decided} (deadline 1500 ms, Tencent waits 2000 ms)`,
		],
		[
			'kinds',
			[...countBy(allCases.map((item) => item.kind))].map(([k, n]) => `${k} ${n}`).join(', '),
		],
		[
			'default answers by worker',
			[...defaultsByWorker].map(([w, n]) => `${w} ${n}`).join(', ') || '-',
		],
		['execution queued (created to started) p50 / p95 / max ms', quantiles(queued(decidesRuns))],
		['execution ran p50 / p95 / max ms', quantiles(decidesRuns.map(durationMs))],
		['trigger-answers executions queued p50 / p95 / max ms', quantiles(queued(baselineRuns))],
	);
	return {
		name: 'Tencent before-callbacks answered by the workflow (Respond to Webhook) through the webhook processor',
		problems,
		figures,
		workers: perWorker,
	};
};
