/** What every scenario gets to work with and what it hands back for the report. */
import type { ExecutionReader } from '../executions';
import type { N8nCluster, Role } from '../n8nProcesses';
import type { LocalServicesEndpoints } from '../../../testkit/servers/localServices';
import type { ServerStats } from '../../../testkit/servers/localServicesStats';
import type { Services } from '../services';

export interface ScenarioContext {
	cluster: N8nCluster;
	executions: ExecutionReader;
	endpoints: LocalServicesEndpoints;
	/** Postgres (n8n's database, and the unique-key recipe's own) and Redis. */
	services: Services;
	stats(): Promise<ServerStats>;
	resetStats(): Promise<void>;
	/** POSTs JSON to a production webhook through the webhook processor; returns status and body. */
	postJson(webhookPath: string, body: unknown): Promise<{ status: number; text: string }>;
}

export interface ScenarioResult {
	name: string;
	/** Every loss, duplicate or unexpected failure found; empty when the scenario passed. */
	problems: string[];
	/** Figures for the report, in display order. */
	figures: [label: string, value: string | number][];
	/** Executions run by each worker. */
	workers: Partial<Record<Role, number>>;
}

export type Scenario = (context: ScenarioContext) => Promise<ScenarioResult>;

export function perSecond(count: number, ms: number): string {
	return ms > 0 ? (count / (ms / 1000)).toFixed(1) : '-';
}

export function countBy<T>(values: T[]): Map<T, number> {
	const counts = new Map<T, number>();
	for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
	return counts;
}

/** Checks that `delivered` holds every expected value exactly once and nothing else. */
export function exactlyOnce(what: string, expected: string[], delivered: string[]): string[] {
	const counts = countBy(delivered);
	const missing = expected.filter((value) => !counts.has(value));
	const duplicated = [...counts].filter(([, count]) => count > 1);
	const wanted = new Set(expected);
	const unexpected = [...counts.keys()].filter((value) => !wanted.has(value));
	const problems: string[] = [];
	const sample = (values: string[]) =>
		values.slice(0, 3).join(', ') + (values.length > 3 ? ', ...' : '');
	if (missing.length)
		problems.push(
			`${what}: ${missing.length} of ${expected.length} never delivered (${sample(missing)})`,
		);
	if (duplicated.length)
		problems.push(
			`${what}: ${duplicated.length} delivered more than once (${sample(duplicated.map(([value, count]) => `${value} x${count}`))})`,
		);
	if (unexpected.length)
		problems.push(`${what}: ${unexpected.length} unexpected deliveries (${sample(unexpected)})`);
	return problems;
}
