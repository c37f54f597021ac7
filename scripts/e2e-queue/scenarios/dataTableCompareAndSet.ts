/**
 * What the platform store assumes of n8n's Data Tables, checked in the real n8n with n8n's own Data
 * table node (the one node type n8n serves them to): an update filtered on `version` is a
 * compare-and-set in Postgres. Each round, several executions on both workers update the one row
 * from the same version at once; exactly one must get the row back, every other one none.
 */
import type { Execution } from '../executions';
import { activateWorkflow, createWorkflow, restCall } from '../../lib/n8nRest';
import type { N8nSession } from '../../lib/n8nRest';
import { chain, webhookNode, workflow } from '../workflows';
import { countBy } from './scenario';
import type { ScenarioContext } from './scenario';

const ROUNDS = 5;
const RACERS = 4;
const NODE = 'Compare and Set';

export async function checkDataTableCompareAndSet(
	{ executions, postJson }: ScenarioContext,
	session: N8nSession,
	waitForWebhook: (path: string) => Promise<void>,
): Promise<{ problems: string[]; figures: [string, string][]; runs: Execution[] }> {
	const project = await restCall<{ id: string }>(session, 'GET', 'projects/personal');
	const table = await restCall<{ id: string }>(
		session,
		'POST',
		`projects/${project.id}/data-tables`,
		{
			name: 'E2E compare-and-set probe',
			columns: [
				{ name: 'kind', type: 'string' },
				{ name: 'version', type: 'number' },
			],
		},
	);
	await restCall(session, 'POST', `projects/${project.id}/data-tables/${table.id}/insert`, {
		data: [{ kind: 'lease', version: 1 }],
	});
	const workflow = probeWorkflow(table.id);
	await createWorkflow(session, workflow.json);
	await activateWorkflow(session, workflow.id);
	await waitForWebhook(workflow.webhookPath);

	const problems: string[] = [];
	const runs: Execution[] = [];
	const winners: number[] = [];
	for (let round = 1; round <= ROUNDS; round++) {
		const afterId = executions.lastExecutionId();
		await Promise.all(
			Array.from(
				{ length: RACERS },
				async () => await postJson(workflow.webhookPath, { seen: round }),
			),
		);
		const roundRuns = await executions.waitForFinished(workflow.id, RACERS, 60_000, afterId);
		runs.push(...roundRuns);
		const data = executions.runData(roundRuns.map((run) => run.id));
		const updated = roundRuns.map((run) => data.get(run.id)?.output(NODE) ?? []);
		const won = updated.filter((rows) => rows.length > 0);
		winners.push(won.length);
		for (const run of roundRuns)
			if (run.status !== 'success')
				problems.push(
					`compare-and-set round ${round}: execution ${run.id} ${run.status}: ${data.get(run.id)?.error?.message ?? ''}`,
				);
		if (won.length !== 1 || won[0].length !== 1 || won[0][0].version !== round + 1)
			problems.push(
				`compare-and-set round ${round}: ${won.length} of ${roundRuns.length} updates from version ${round} got rows back (${JSON.stringify(won).slice(0, 200)}), expected exactly one with version ${round + 1}`,
			);
	}
	const workers = executions.workerOfExecutions();
	const byWorker = countBy(runs.map((run) => workers.get(run.id) ?? 'unknown'));
	if (!(byWorker.has('worker1') && byWorker.has('worker2')))
		problems.push('compare-and-set: the updates did not run on both workers');
	return {
		problems,
		runs,
		figures: [
			[
				"n8n's Data Table: update where version = seen",
				`${ROUNDS} rounds of ${RACERS} at once (${[...byWorker].map(([w, n]) => `${w} ${n}`).join(', ')}): ` +
					`rows back ${winners.join(', ')} (one a round is a compare-and-set); the others got [] and ran successfully`,
			],
		],
	};
}

/** Webhook {seen} -> Data table > Update row(s) where kind = lease and version = seen, set version = seen + 1. */
function probeWorkflow(dataTableId: string) {
	const id = 'e2eDataTableCas1';
	const webhookPath = 'e2e-data-table-cas';
	const name = "E2E: compare-and-set on an n8n Data Table (n8n's Data table node)";
	return {
		id,
		webhookPath,
		json: workflow(
			id,
			name,
			[
				webhookNode(webhookPath),
				{
					id: 'cas',
					name: NODE,
					type: 'n8n-nodes-base.dataTable',
					typeVersion: 1.1,
					position: [200, 0],
					parameters: {
						resource: 'row',
						operation: 'update',
						dataTableId: { __rl: true, mode: 'id', value: dataTableId },
						matchType: 'allConditions',
						filters: {
							conditions: [
								{ keyName: 'kind', condition: 'eq', keyValue: 'lease' },
								{ keyName: 'version', condition: 'eq', keyValue: '={{ $json.body.seen }}' },
							],
						},
						columns: {
							mappingMode: 'defineBelow',
							value: { version: '={{ $json.body.seen + 1 }}' },
							matchingColumns: [],
							schema: [
								{
									id: 'version',
									displayName: 'version',
									required: false,
									defaultMatch: false,
									display: true,
									type: 'number',
									readOnly: false,
									removed: false,
								},
							],
							attemptToConvertTypes: false,
							convertFieldsToString: false,
						},
						options: {},
					},
				},
			],
			chain('Webhook', NODE),
		),
	};
}
