/**
 * Reads executions straight from n8n's Postgres database (the public API's list can leave some
 * out under load) and which worker ran each, from the workers' own "Worker started execution" lines.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import type { N8nCluster, Role } from './n8nProcesses';
import { psql } from './services';
import type { Services } from './services';

export interface Execution {
	id: string;
	status: string;
	mode: string;
	createdAt: string;
	startedAt: string | null;
	stoppedAt: string | null;
}

export interface RunData {
	error?: { message?: string; description?: string };
	/** The first output's JSON items of a node's last run ([] when the node did not run). */
	output(nodeName: string): Record<string, unknown>[];
}

const DONE = new Set(['success', 'error', 'crashed', 'canceled']);

export class ExecutionReader {
	private readonly parseFlatted: (text: string) => unknown;

	constructor(
		private readonly services: Services,
		n8nDir: string,
		private readonly cluster: N8nCluster,
	) {
		// n8n stores run data with flatted; use n8n's own copy to read it.
		const fromN8n = createRequire(path.join(n8nDir, 'node_modules', 'n8n', 'package.json'));
		this.parseFlatted = (fromN8n('flatted') as { parse: (text: string) => unknown }).parse;
	}

	private query(sql: string): string {
		return psql(this.services.postgres, sql);
	}

	/** The workflow's executions, oldest first; with `afterId`, only those with a higher id. */
	executionsOf(workflowId: string, afterId = 0): Execution[] {
		const rows = this.query(
			`SELECT coalesce(json_agg(e ORDER BY e.id), '[]') FROM (SELECT id::text, status, mode, "createdAt", "startedAt", "stoppedAt" ` +
				`FROM execution_entity WHERE "workflowId" = '${workflowId.replace(/'/g, "''")}' AND id > ${Math.trunc(afterId)}) e`,
		);
		return JSON.parse(rows) as Execution[];
	}

	/** The highest execution id so far (0 without any): later executions have higher ids. */
	lastExecutionId(): number {
		return Number(this.query('SELECT coalesce(max(id), 0) FROM execution_entity'));
	}

	/**
	 * Waits until `count` executions of the workflow (after `afterId`) exist and all have finished;
	 * returns them.
	 */
	async waitForFinished(
		workflowId: string,
		count: number,
		timeoutMs: number,
		afterId = 0,
	): Promise<Execution[]> {
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			const executions = this.executionsOf(workflowId, afterId);
			const finished = executions.filter((execution) => DONE.has(execution.status));
			if (
				(executions.length >= count && finished.length === executions.length) ||
				Date.now() > deadline
			)
				return executions;
			await new Promise((resolve) => setTimeout(resolve, 500));
		}
	}

	/** The run data of each execution, read in one query. */
	runData(executionIds: string[]): Map<string, RunData> {
		const ids = executionIds.map(Number).filter(Number.isInteger);
		if (ids.length === 0) return new Map();
		const rows = JSON.parse(
			this.query(
				`SELECT coalesce(json_agg(json_build_object('id', "executionId"::text, 'data', data)), '[]') ` +
					`FROM execution_data WHERE "executionId" IN (${ids.join(',')})`,
			),
		) as { id: string; data: string }[];
		return new Map(rows.map((row) => [row.id, this.readRun(row.data)]));
	}

	/** The stored run data of each execution as n8n keeps it (flatted JSON text), to search in. */
	rawRunData(executionIds: string[]): string[] {
		const ids = executionIds.map(Number).filter(Number.isInteger);
		if (ids.length === 0) return [];
		return JSON.parse(
			this.query(
				`SELECT coalesce(json_agg(data), '[]') FROM execution_data WHERE "executionId" IN (${ids.join(',')})`,
			),
		) as string[];
	}

	private readRun(raw: string): RunData {
		const data = this.parseFlatted(raw) as {
			resultData: {
				error?: RunData['error'];
				runData: Record<
					string,
					{ data?: { main?: ({ json: Record<string, unknown> }[] | null)[] } }[]
				>;
			};
		};
		return {
			error: data.resultData.error,
			output: (nodeName) => {
				const runs = data.resultData.runData[nodeName] ?? [];
				return (runs[runs.length - 1]?.data?.main?.[0] ?? []).map((item) => item.json);
			},
		};
	}

	/** execution id -> the worker that ran it, from each worker's log. */
	workerOfExecutions(): Map<string, Role> {
		const byExecution = new Map<string, Role>();
		for (const role of ['worker1', 'worker2'] as const) {
			const log = readFileSync(this.cluster.logFile(role), 'utf8');
			for (const [, id] of log.matchAll(/Worker started execution (\d+)/g))
				byExecution.set(id, role);
		}
		return byExecution;
	}
}

export function durationMs(execution: Execution): number {
	if (!execution.startedAt || !execution.stoppedAt) return NaN;
	return Date.parse(execution.stoppedAt) - Date.parse(execution.startedAt);
}
