/**
 * (e) The third-party platform's token chain in queue mode: its state lives in an n8n Data Table
 * in Postgres, and the two workers must share one token instead of each fetching its own.
 *
 * First, what the store assumes of n8n's Data Tables, with n8n's own Data table node
 * (dataTableCompareAndSet.ts). Then a Third-Party Platform credential is created through main's REST API, the ticket workflow
 * (examples/) and a workflow that applies for live capability for 3 merchants in one execution
 * are saved and activated there. The local WeChat pushes a ticket and an `authorized` event per
 * merchant (encrypted with the platform key) to the trigger through the webhook processor. Then
 * two waves of executions run on both workers at once: the first when every merchant's first
 * token is due for renewal (WeChat handed it out with a short lifetime), the second after WeChat
 * retired the component token and every authorizer token (each next use answers 40001); the
 * third after WeChat retired one merchant's token and made its next grant slow (3 failing tries
 * of 9 s, then one that succeeds: longer than a lease), so one worker holds the lease for 40 s.
 * Strict: no failed execution; each merchant's call accepted once per execution with its own
 * token; exactly one component token and one authorizer token per merchant per renewal, however
 * many executions and workers, and however slow the grant; no ticket, token, refresh token or credential secret in any
 * execution's data, in n8n's logs or in the Data Table's rows.
 */
import { readFileSync } from 'node:fs';

import { RENEW_MARGIN_MS } from '../../../nodes/protocol/wechat/component/platformTokens';
import { platformTableName } from '../../../nodes/WeChatMiniProgram/platformState/dataTablePlatformStore';
import type { Execution } from '../executions';
import { ROLES, waitForWebhook } from '../n8nProcesses';
import { createApiKey, DATA_TABLE_SCOPES } from '../../lib/apiKeys';
import { weChatPlatformCredential } from '../../lib/credentials';
import { activateWorkflow, createCredential, createWorkflow } from '../../lib/n8nRest';
import { E2E_OWNER, signInOwner } from '../../lib/owner';
import type { PlatformStats } from '../../../testkit/servers/platformControl';
import { merchantCallsWorkflow, ticketWorkflow } from '../platformWorkflows';
import { psql } from '../services';
import { checkDataTableCompareAndSet } from './dataTableCompareAndSet';
import { countBy } from './scenario';
import type { Scenario, ScenarioContext } from './scenario';

const MERCHANTS = ['wxe2emerchant0001', 'wxe2emerchant0002', 'wxe2emerchant0003'];
const RUNS_PER_WAVE = Number(process.env.E2E_PLATFORM_RUNS ?? 12);
/** WeChat hands out the first authorizer tokens with this much life beyond the renewal margin. */
const DUE_AFTER_MS = 12_000;
const APPLY = '/wxa/business/applyliveinfo';
/** One slow try of the slow grant: 4 of them (and the backoffs) outlast a 30 s lease. */
const SLOW_TRY_MS = Number(process.env.E2E_PLATFORM_SLOW_TRY_MS ?? 9000);
const SLOW_WAVE = `slow grant (4 tries of ${SLOW_TRY_MS / 1000} s, first merchant)`;
const AUTHORIZER_GRANT = '/cgi-bin/component/api_authorizer_token';

interface Phase {
	name: string;
	runs: Execution[];
	before: PlatformStats;
	after: PlatformStats;
	ms: number;
}

export const platformTokenChain: Scenario = async (context) => {
	const { cluster, endpoints, executions } = context;
	const control = controlOf(endpoints.controlUrl);
	const session = await signInOwner(`http://127.0.0.1:${cluster.ports.main}`, E2E_OWNER);
	// The node reaches its Data Table through n8n's public API, on main, with a key of the owner.
	const n8nApiKey = await createApiKey(session, 'WeChat platform (e2e)', DATA_TABLE_SCOPES);
	const credential = await createCredential(
		session,
		weChatPlatformCredential(
			{ name: 'WeChat Third-Party Platform (local e2e)' },
			endpoints.platform,
			endpoints.weChat.url,
			{ n8nApiKey, n8nApiUrl: `${session.baseUrl}/api/v1` },
		),
	);
	const ticket = ticketWorkflow(credential);
	const calls = merchantCallsWorkflow(credential);
	for (const workflow of [ticket, calls]) {
		await createWorkflow(session, workflow.json);
		await activateWorkflow(session, workflow.id);
		await waitForWebhook(cluster, workflow.webhookPath);
	}
	const problems: string[] = [];
	const compareAndSet = await checkDataTableCompareAndSet(
		context,
		session,
		async (webhookPath) => await waitForWebhook(cluster, webhookPath),
	);
	problems.push(...compareAndSet.problems);
	const workerOf = () => executions.workerOfExecutions();
	const phases: Phase[] = [];
	const firstId = executions.lastExecutionId();

	// WeChat's pushes: a ticket, then the three merchants authorise at once.
	let started = Date.now();
	let before = await control.stats();
	await control.post('/platform/token-lifetime', {
		authorizerSeconds: (RENEW_MARGIN_MS + DUE_AFTER_MS) / 1000,
	});
	const authorizationUrl = `${cluster.webhookBaseUrl}/${ticket.webhookPath}`;
	const pushes = [await control.post('/platform/push-ticket', { url: authorizationUrl })];
	await executions.waitForFinished(ticket.id, 1, 60_000, firstId);
	pushes.push(
		...(await Promise.all(
			MERCHANTS.map(
				async (appId) =>
					await control.post('/platform/authorize', { appId, url: authorizationUrl }),
			),
		)),
	);
	for (const push of pushes as { status: number; body: string }[])
		if (push.status !== 200 || push.body !== 'success')
			problems.push(
				`a push to the authorization-event URL was answered ${push.status} ${push.body}`,
			);
	const ticketRuns = await executions.waitForFinished(
		ticket.id,
		1 + MERCHANTS.length,
		90_000,
		firstId,
	);
	const tokensDueAt = Date.now() + DUE_AFTER_MS;
	await control.post('/platform/token-lifetime', { authorizerSeconds: 7200 });
	phases.push({
		name: 'ticket + 3 authorisations',
		runs: ticketRuns,
		before,
		after: await control.stats(),
		ms: Date.now() - started,
	});

	const wave = async (name: string) => {
		before = await control.stats();
		started = Date.now();
		const afterId = executions.lastExecutionId();
		const body = { merchants: MERCHANTS.map((appId) => ({ appId })) };
		const answers = await Promise.all(
			Array.from(
				{ length: RUNS_PER_WAVE },
				async () => await context.postJson(calls.webhookPath, body),
			),
		);
		for (const answer of answers)
			if (answer.status !== 200)
				problems.push(
					`${name}: the webhook answered ${answer.status} ${answer.text.slice(0, 200)}`,
				);
		const runs = await executions.waitForFinished(calls.id, RUNS_PER_WAVE, 180_000, afterId);
		phases.push({ name, runs, before, after: await control.stats(), ms: Date.now() - started });
	};
	await new Promise((resolve) => setTimeout(resolve, Math.max(0, tokensDueAt - Date.now())));
	await wave('tokens due for renewal');
	await control.post('/platform/retire', { componentTokens: true, authorizers: MERCHANTS });
	await wave('tokens retired (40001)');
	// A slow holder: the first merchant's next grant takes 4 tries of SLOW_TRY_MS each, longer
	// than a 30 s lease in all. The worker that holds the lease extends it; the other waits.
	await control.post('/platform/retire', { authorizers: [MERCHANTS[0]] });
	await control.post('/platform/slow-grants', { times: 3, afterMs: SLOW_TRY_MS });
	await wave(SLOW_WAVE);

	const workers = workerOf();
	const [authorise, expiry, retired, slow] = phases.map((phase) => measure(phase, workers));
	problems.push(
		...checkRuns(phases, context, workers),
		...expect(authorise, { component: 1, authorizer: 0 }),
		...expect(expiry, { component: 0, authorizer: 1 }),
		...expect(retired, { component: 1, authorizer: 1 }),
		...checkCalls(expiry, { refusedAtMost: 0 }),
		...checkCalls(retired, { refusedAtMost: 2, refusedAtLeast: 1 }),
		...expectSlowHolder(slow),
	);
	if (retired.staleComponentRefusals > 2)
		problems.push(
			`${retired.name}: ${retired.staleComponentRefusals} api_authorizer_token calls with the retired component token (at most one per worker)`,
		);
	const queryAuth = authorise.calls.filter((call) => call.path.endsWith('/api_query_auth'));
	if (queryAuth.length !== MERCHANTS.length || queryAuth.some((call) => call.errcode !== 0))
		problems.push(
			`${authorise.name}: ${queryAuth.length} api_query_auth calls (${queryAuth.filter((c) => c.errcode !== 0).length} refused), expected ${MERCHANTS.length} accepted`,
		);

	const allRuns = phases.flatMap((phase) => phase.runs);
	const leaks = findLeaks(
		context,
		allRuns,
		[...phases[phases.length - 1].after.secrets, n8nApiKey],
		endpoints.platform.componentAppId,
	);
	problems.push(...leaks.problems);
	const last = phases[phases.length - 1].after;

	return {
		name: "Third-party platform token chain across two workers (n8n Data Table in Postgres, through n8n's public API)",
		problems,
		workers: Object.fromEntries(countBy(allRuns.map((run) => workers.get(run.id) ?? 'unknown'))),
		figures: [
			...compareAndSet.figures,
			['merchants; executions per wave', `${MERCHANTS.length}; ${RUNS_PER_WAVE}`],
			...[authorise, expiry, retired, slow].map((phase): [string, string] => [
				phase.name,
				`${phase.runs} executions (${phase.perWorker}) in ${(phase.ms / 1000).toFixed(1)} s: ` +
					`component tokens ${phase.component}, authorizer tokens ${phase.authorizerFigure}, ` +
					`applyliveinfo ${phase.applies} accepted / ${phase.refusedApplies} answered 40001`,
			]),
			[
				'token requests in all',
				`component ${last.tokenRequests.component}, authorizer ${MERCHANTS.map((m) => last.tokenRequests.authorizer[m] ?? 0).join(' / ')} ` +
					`(without sharing: one per worker and renewal at least)`,
			],
			['stale component token refusals', retired.staleComponentRefusals],
			['Data Table rows (kind: version)', leaks.tableRows],
			['secrets searched', leaks.searched],
		],
	};
};

interface Measured {
	name: string;
	runs: number;
	perWorker: string;
	ms: number;
	component: number;
	authorizer: Record<string, number>;
	authorizerFigure: string;
	calls: PlatformStats['calls'];
	applies: number;
	refusedApplies: number;
	staleComponentRefusals: number;
	applicationsByMerchant: Map<string, number>;
}

function measure({ name, runs, before, after, ms }: Phase, workers: Map<string, string>): Measured {
	const authorizer = Object.fromEntries(
		MERCHANTS.map((m) => [
			m,
			(after.tokenRequests.authorizer[m] ?? 0) - (before.tokenRequests.authorizer[m] ?? 0),
		]),
	);
	const calls = after.calls.slice(before.calls.length);
	const applies = calls.filter((call) => call.path === APPLY);
	return {
		name,
		runs: runs.length,
		perWorker: [...countBy(runs.map((run) => workers.get(run.id) ?? 'unknown'))]
			.map(([worker, count]) => `${worker} ${count}`)
			.join(', '),
		ms,
		component: after.tokenRequests.component - before.tokenRequests.component,
		authorizer,
		authorizerFigure: MERCHANTS.map((m) => authorizer[m]).join(' / '),
		calls,
		applies: applies.filter((call) => call.errcode === 0).length,
		refusedApplies: applies.filter((call) => call.errcode !== 0).length,
		staleComponentRefusals: calls.filter(
			(call) => call.path === AUTHORIZER_GRANT && call.errcode === 40001,
		).length,
		applicationsByMerchant: countBy(after.applications.slice(before.applications.length)),
	};
}

/** One token request per renewal: not one per worker, not one per execution. */
function expect(phase: Measured, wanted: { component: number; authorizer: number }): string[] {
	const problems: string[] = [];
	if (phase.component !== wanted.component)
		problems.push(
			`${phase.name}: ${phase.component} component_access_token requests, expected ${wanted.component}`,
		);
	for (const merchant of MERCHANTS)
		if (phase.authorizer[merchant] !== wanted.authorizer)
			problems.push(
				`${phase.name}: ${phase.authorizer[merchant]} authorizer token requests for ${merchant}, expected ${wanted.authorizer}`,
			);
	return problems;
}

/**
 * The slow holder's renewal is still one grant: the other worker waits for the lease instead of
 * renewing on its own, and every execution gets the first merchant's call accepted.
 */
function expectSlowHolder(phase: Measured): string[] {
	const problems: string[] = [];
	if (phase.component !== 0)
		problems.push(`${phase.name}: ${phase.component} component_access_token requests, expected 0`);
	MERCHANTS.forEach((merchant, index) => {
		const wanted = index === 0 ? 1 : 0;
		if (phase.authorizer[merchant] !== wanted)
			problems.push(
				`${phase.name}: ${phase.authorizer[merchant]} authorizer token grants for ${merchant}, expected ${wanted}`,
			);
		const accepted = phase.applicationsByMerchant.get(merchant) ?? 0;
		if (accepted !== phase.runs)
			problems.push(
				`${phase.name}: WeChat accepted ${accepted} applyliveinfo calls for ${merchant} in ${phase.runs} executions`,
			);
	});
	return problems;
}

/**
 * Every merchant's call accepted exactly once per execution, with that merchant's token; a
 * refused token (40001) at most once per worker and merchant, and never accepted twice.
 */
function checkCalls(
	phase: Measured,
	{ refusedAtMost, refusedAtLeast = 0 }: { refusedAtMost: number; refusedAtLeast?: number },
): string[] {
	const problems: string[] = [];
	for (const merchant of MERCHANTS) {
		const accepted = phase.applicationsByMerchant.get(merchant) ?? 0;
		if (accepted !== phase.runs)
			problems.push(
				`${phase.name}: WeChat accepted ${accepted} applyliveinfo calls for ${merchant} in ${phase.runs} executions`,
			);
		const mine = phase.calls.filter((call) => call.path === APPLY && call.tokenOf === merchant);
		const refused = mine.filter((call) => call.errcode !== 0);
		const wrong = refused.filter((call) => call.errcode !== 40001);
		if (wrong.length)
			problems.push(
				`${phase.name}: ${wrong.length} applyliveinfo calls for ${merchant} answered ${wrong.map((c) => c.errcode).join(', ')}`,
			);
		if (refused.length > refusedAtMost || refused.length < refusedAtLeast)
			problems.push(
				`${phase.name}: ${refused.length} applyliveinfo calls for ${merchant} carried an invalid token (expected ${refusedAtLeast}-${refusedAtMost})`,
			);
	}
	const anonymous = phase.calls.filter((call) => call.path === APPLY && !call.tokenOf);
	if (anonymous.length)
		problems.push(
			`${phase.name}: ${anonymous.length} applyliveinfo calls without an authorizer token`,
		);
	return problems;
}

function checkRuns(
	phases: Phase[],
	{ executions }: ScenarioContext,
	workers: Map<string, string>,
): string[] {
	const problems: string[] = [];
	for (const phase of phases) {
		const failed = phase.runs.filter((run) => run.status !== 'success');
		const data = executions.runData(failed.map((run) => run.id));
		const byError = new Map<string, string[]>();
		for (const run of failed) {
			const error = `${run.status}: ${data.get(run.id)?.error?.message ?? ''}`;
			byError.set(error, [...(byError.get(error) ?? []), run.id]);
		}
		for (const [error, ids] of byError)
			problems.push(
				`${phase.name}: ${ids.length} of ${phase.runs.length} executions ${error} (${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', ...' : ''})`,
			);
		const byWorker = new Set(phase.runs.map((run) => workers.get(run.id)));
		// The waves are the races: both workers must meet the due (or refused) token at once.
		if (phase !== phases[0] && !(byWorker.has('worker1') && byWorker.has('worker2')))
			problems.push(`${phase.name}: its executions did not run on both workers`);
	}
	const waves = phases.slice(1);
	const succeeded = waves.flatMap((phase) => phase.runs.filter((run) => run.status === 'success'));
	const outputs = executions.runData(succeeded.map((run) => run.id));
	for (const [id, run] of outputs) {
		const applied = run.output('Apply');
		if (
			applied.length !== MERCHANTS.length ||
			applied.some((item) => item.status !== 'awaitingAdministrator')
		)
			problems.push(`execution ${id}: Apply output ${JSON.stringify(applied).slice(0, 200)}`);
	}
	return problems;
}

/** Searches every execution's stored data, every n8n process's log and the Data Table's rows. */
function findLeaks(
	{ executions, cluster, services }: ScenarioContext,
	runs: Execution[],
	secrets: string[],
	componentAppId: string,
): { problems: string[]; tableRows: string; searched: string } {
	const problems: string[] = [];
	const places: [string, string][] = executions
		.rawRunData(runs.map((run) => run.id))
		.map((data, i) => [`execution data #${i + 1}`, data]);
	for (const role of ROLES)
		places.push([`n8n ${role} log`, readFileSync(cluster.logFile(role), 'utf8')]);
	const tableId = psql(
		services.postgres,
		`SELECT id FROM data_table WHERE name = '${platformTableName(componentAppId)}'`,
	).trim();
	let tableRows = 'no table';
	if (!tableId) problems.push('the platform Data Table was not found in Postgres');
	else {
		const rows = JSON.parse(
			psql(
				services.postgres,
				`SELECT coalesce(json_agg(t ORDER BY t.id), '[]') FROM "data_table_user_${tableId}" t`,
			),
		) as { kind: string; authorizerAppId: string; version: number; sealed: string }[];
		places.push(['the Data Table rows', JSON.stringify(rows)]);
		tableRows = rows
			.map(
				(row) =>
					`${row.kind}${row.authorizerAppId ? `(${row.authorizerAppId.slice(-4)})` : ''}: ${row.version}`,
			)
			.join(', ');
		for (const row of rows)
			if (row.kind !== 'verifyTicket' && !row.sealed)
				problems.push(`Data Table row ${row.kind} ${row.authorizerAppId} holds no sealed secret`);
	}
	for (const [place, text] of places) {
		const found = secrets.filter((secret) => text.includes(secret));
		if (found.length)
			problems.push(
				`${place} holds ${found.length} secret(s) in the clear (${found.map((s) => `${s.slice(0, 14)}...`).join(', ')})`,
			);
	}
	const bytes = places.reduce((sum, [, text]) => sum + text.length, 0);
	return {
		problems,
		tableRows,
		searched: `${secrets.length} secrets in ${runs.length} executions' data, ${ROLES.length} logs and the table (${(bytes / 1e6).toFixed(1)} MB): 0 expected`,
	};
}

function controlOf(controlUrl: string) {
	return {
		stats: async () =>
			(await (await fetch(`${controlUrl}/platform/stats`)).json()) as PlatformStats,
		post: async (path: string, body: object): Promise<unknown> => {
			const answer = await fetch(`${controlUrl}${path}`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify(body),
			});
			if (!answer.ok) throw new Error(`${path} answered ${answer.status}: ${await answer.text()}`);
			return await answer.json();
		},
	};
}
