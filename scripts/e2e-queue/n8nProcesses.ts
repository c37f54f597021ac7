/**
 * n8n in queue mode: main, two workers (concurrency 1, so two jobs started together run on
 * different workers) and one webhook processor, sharing Postgres, Redis and the encryption key.
 * Each process has its own user folder, and the package is installed into each one's
 * community-package folder (<N8N_USER_FOLDER>/.n8n/nodes) from the packed tarball, as on separate hosts.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { runOrThrow, startProcess } from './processes';
import type { Started } from './processes';
import type { Services } from './services';
import type { E2eWorkflow } from './workflows';

export type Role = 'main' | 'worker1' | 'worker2' | 'webhook';
export const ROLES: Role[] = ['main', 'worker1', 'worker2', 'webhook'];

export interface Ports {
	main: number;
	webhook: number;
	/** Per role: the task-runner broker port and the queue health-check port. */
	broker: Record<Role, number>;
	health: Record<Role, number>;
}

/** n8n processes on 5700-5749 (main 5700, webhook processor 5701, health 5702-5705, brokers 5710-5713). */
export function defaultPorts(base = Number(process.env.E2E_N8N_PORT_BASE ?? 5700)): Ports {
	const perRole = (offset: number) =>
		Object.fromEntries(ROLES.map((role, i) => [role, base + offset + i])) as Record<Role, number>;
	return { main: base, webhook: base + 1, health: perRole(2), broker: perRole(10) };
}

export interface N8nCluster {
	ports: Ports;
	webhookBaseUrl: string;
	processes: Record<Role, Started>;
	logFile(role: Role): string;
}

interface Setup {
	n8nBin: string;
	runDir: string;
	services: Services;
	ports: Ports;
}

function userFolder(runDir: string, role: Role): string {
	return path.join(runDir, 'n8n', role);
}

function env({ runDir, services, ports }: Setup, role: Role): NodeJS.ProcessEnv {
	const { postgres, redis } = services;
	return {
		...process.env,
		N8N_USER_FOLDER: userFolder(runDir, role),
		N8N_ENCRYPTION_KEY: 'e2e-queue-mode-encryption-key',
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: postgres.host,
		DB_POSTGRESDB_PORT: String(postgres.port),
		DB_POSTGRESDB_DATABASE: postgres.database,
		DB_POSTGRESDB_USER: postgres.user,
		DB_POSTGRESDB_PASSWORD: '',
		EXECUTIONS_MODE: 'queue',
		QUEUE_BULL_REDIS_HOST: redis.host,
		QUEUE_BULL_REDIS_PORT: String(redis.port),
		QUEUE_HEALTH_CHECK_ACTIVE: 'true',
		QUEUE_HEALTH_CHECK_PORT: String(ports.health[role]),
		N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
		N8N_RUNNERS_BROKER_PORT: String(ports.broker[role]),
		OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
		N8N_HOST: '127.0.0.1',
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_PORT: String(role === 'webhook' ? ports.webhook : ports.main),
		WEBHOOK_URL: `http://127.0.0.1:${ports.webhook}/`,
		N8N_SECURE_COOKIE: 'false',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_LOG_LEVEL: 'info',
		N8N_LOG_OUTPUT: 'console',
		N8N_GRACEFUL_SHUTDOWN_TIMEOUT: '5',
		// n8n's default pool of 2 connections times out under a burst of webhook executions. With 10,
		// 24 callbacks at once on the loaded machine kept the webhook processor's pool busy for more
		// than its 5 s database ping, which then reported the database down and answered 503 "Database
		// is not ready!" to every request until a ping got through.
		DB_POSTGRESDB_POOL_SIZE: '30',
		// n8n 2.41's expression engine (vm) keeps 1 warm isolate and, for a webhook of any node but
		// its own Webhook node, takes one per request and disposes it afterwards: a burst cold-starts
		// an isolate per request. Lazy acquisition creates one only when an expression is evaluated;
		// the trigger's webhook at version 2 evaluates none (README).
		N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE: process.env.N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE ?? 'true',
		DB_POSTGRESDB_CONNECTION_TIMEOUT: '60000',
	};
}

/** `npm pack` of the built package (run after `npm run build`). */
export function packPackage(repoRoot: string, runDir: string): string {
	const name = runOrThrow('npm', ['pack', '--silent', '--pack-destination', runDir], {
		cwd: repoRoot,
	})
		.trim()
		.split('\n')
		.pop()!;
	return path.join(runDir, name);
}

/** Installs the tarball into every process's community-package folder, as a user installs it by hand. */
export async function installPackage(runDir: string, tarball: string): Promise<void> {
	await Promise.all(
		ROLES.map(async (role) => {
			const nodesDir = path.join(userFolder(runDir, role), '.n8n', 'nodes');
			mkdirSync(nodesDir, { recursive: true });
			writeFileSync(
				path.join(nodesDir, 'package.json'),
				JSON.stringify({ name: 'installed-nodes', private: true }),
			);
			// --omit=peer: n8n-workflow comes from n8n itself, as n8n's own installer does it.
			const args = [
				'install',
				'--omit=peer',
				'--ignore-scripts',
				'--no-audit',
				'--no-fund',
				'--prefer-offline',
				tarball,
			];
			const code = await new Promise<number | null>((resolve) =>
				spawn('npm', args, { cwd: nodesDir, stdio: 'ignore' }).once('exit', resolve),
			);
			if (code !== 0) throw new Error(`npm ${args.join(' ')} failed in ${nodesDir} (exit ${code})`);
		}),
	);
}

function cli(setup: Setup, args: string[]): string {
	return runOrThrow(process.execPath, [setup.n8nBin, ...args], { env: env(setup, 'main') });
}

/** Imports the credentials and workflows through n8n's CLI (activation follows through main's API). */
export function importEntities(
	setup: Setup,
	credentials: object[],
	workflows: E2eWorkflow[],
): void {
	const dir = path.join(setup.runDir, 'import');
	mkdirSync(path.join(dir, 'workflows'), { recursive: true });
	writeFileSync(path.join(dir, 'credentials.json'), JSON.stringify(credentials));
	for (const workflow of workflows)
		writeFileSync(
			path.join(dir, 'workflows', `${workflow.id}.json`),
			JSON.stringify(workflow.json),
		);
	cli(setup, ['import:credentials', `--input=${path.join(dir, 'credentials.json')}`]);
	cli(setup, ['import:workflow', '--separate', `--input=${path.join(dir, 'workflows')}`]);
}

async function waitFor(
	url: string,
	what: string,
	logFile: string,
	timeoutMs = 180_000,
): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		const status = await fetch(url)
			.then((answer) => answer.status)
			.catch(() => 0);
		if (status === 200) return;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	throw new Error(`${what} was not ready within ${timeoutMs / 1000} s (see ${logFile})`);
}

/** E2E_PROFILE_DIR: each n8n process writes a V8 CPU profile there when it stops. */
function nodeArgs(role: Role): string[] {
	const dir = process.env.E2E_PROFILE_DIR;
	return dir ? ['--cpu-prof', `--cpu-prof-dir=${path.join(dir, role)}`] : [];
}

/** Starts main first (it activates the workflows), then the webhook processor and the workers. */
export async function startCluster(setup: Setup): Promise<N8nCluster> {
	const logFile = (role: Role) => path.join(setup.runDir, `n8n-${role}.log`);
	const start = (role: Role, args: string[]) =>
		startProcess(
			role,
			process.execPath,
			[...nodeArgs(role), setup.n8nBin, ...args],
			logFile(role),
			{
				env: env(setup, role),
			},
		);
	const { ports } = setup;
	const main = start('main', ['start']);
	await waitFor(`http://127.0.0.1:${ports.main}/healthz/readiness`, 'n8n main', logFile('main'));
	const webhook = start('webhook', ['webhook']);
	const worker1 = start('worker1', ['worker', '--concurrency=1']);
	const worker2 = start('worker2', ['worker', '--concurrency=1']);
	await Promise.all([
		waitFor(
			`http://127.0.0.1:${ports.webhook}/healthz/readiness`,
			'the webhook processor',
			logFile('webhook'),
		),
		waitFor(
			`http://127.0.0.1:${ports.health.worker1}/healthz/readiness`,
			'worker 1',
			logFile('worker1'),
		),
		waitFor(
			`http://127.0.0.1:${ports.health.worker2}/healthz/readiness`,
			'worker 2',
			logFile('worker2'),
		),
	]);
	return {
		ports,
		webhookBaseUrl: `http://127.0.0.1:${ports.webhook}/webhook`,
		processes: { main, webhook, worker1, worker2 },
		logFile,
	};
}

/**
 * A production webhook is registered a moment after activation: wait until it is. A CORS preflight
 * asks without starting anything: n8n lists the path's methods, or answers 404 while there are none.
 */
export async function waitForWebhook(
	cluster: N8nCluster,
	webhookPath: string,
	method = 'POST',
): Promise<void> {
	const url = `${cluster.webhookBaseUrl}/${webhookPath}`;
	for (let attempt = 0; attempt < 240; attempt++) {
		const methods = await fetch(url, {
			method: 'OPTIONS',
			headers: { origin: 'http://127.0.0.1', 'access-control-request-method': method },
		})
			.then((answer) =>
				answer.status === 204 ? (answer.headers.get('access-control-allow-methods') ?? '') : '',
			)
			.catch(() => '');
		if (methods.split(/,\s*/).includes(method)) return;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	throw new Error(`the production webhook ${method} ${url} was never registered`);
}
