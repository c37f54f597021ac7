/**
 * One n8n in regular mode with this package, as the demo, the editor check and the before-callback
 * measurement run it: the built package installed the way n8n loads community packages
 * (<user folder>/.n8n/nodes/node_modules), n8n's environment for one user folder and port, and
 * n8n's CLI for importing credentials and workflows. n8n runs on this Node.js (n8n needs
 * Node >= 24, which may not be first in PATH).
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess, SpawnOptions, SpawnSyncOptions } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { CredentialFixture } from './credentials';
import { REPO_ROOT } from './repoRoot';

/** Runs an n8n CLI command to completion, its output shown; throws when it fails. */
export function runN8n(n8nBin: string, args: string[], options: SpawnSyncOptions = {}): void {
	console.log(`$ n8n ${args.join(' ')}`);
	const result = spawnSync(process.execPath, [n8nBin, ...args], { stdio: 'inherit', ...options });
	if (result.status !== 0) throw new Error(`n8n ${args.join(' ')} failed (exit ${result.status})`);
}

/** Starts `n8n start`. */
export function startN8n(
	n8nBin: string,
	env: NodeJS.ProcessEnv,
	stdio: SpawnOptions['stdio'],
): ChildProcess {
	return spawn(process.execPath, [n8nBin, 'start'], { env, stdio });
}

/** Copies the built package (package.json and dist/) into the user folder's community packages. */
export function installPackage(userFolder: string): void {
	const target = path.join(
		userFolder,
		'.n8n',
		'nodes',
		'node_modules',
		'n8n-nodes-wechat-miniprogram',
	);
	fs.rmSync(target, { recursive: true, force: true });
	fs.mkdirSync(target, { recursive: true });
	fs.copyFileSync(path.join(REPO_ROOT, 'package.json'), path.join(target, 'package.json'));
	fs.cpSync(path.join(REPO_ROOT, 'dist'), path.join(target, 'dist'), { recursive: true });
}

/** n8n's environment: its own user folder and port, quiet, reachable on 127.0.0.1 only. */
export function n8nEnvironment({
	userFolder,
	port,
	brokerPort,
}: {
	userFolder: string;
	port: number | string;
	/** The task runner broker's port (n8n's default 5679 when not given). */
	brokerPort?: number | string;
}): NodeJS.ProcessEnv {
	return {
		...process.env,
		N8N_USER_FOLDER: userFolder,
		N8N_ENCRYPTION_KEY: process.env.N8N_ENCRYPTION_KEY || 'local-demo-encryption-key',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_HOST: '127.0.0.1',
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_PORT: String(port),
		N8N_SECURE_COOKIE: 'false',
		...(brokerPort === undefined ? {} : { N8N_RUNNERS_BROKER_PORT: String(brokerPort) }),
	};
}

/** Imports credentials with n8n's CLI (through a file in `workDir`). */
export function importCredentials(
	n8nBin: string,
	env: NodeJS.ProcessEnv,
	credentials: CredentialFixture[],
	workDir: string,
): void {
	const file = path.join(workDir, 'credentials.json');
	fs.mkdirSync(workDir, { recursive: true });
	fs.writeFileSync(file, JSON.stringify(credentials, null, 2));
	runN8n(n8nBin, ['import:credentials', `--input=${file}`], { env });
}

/** Imports every workflow file of a folder with n8n's CLI. */
export function importWorkflowFolder(n8nBin: string, env: NodeJS.ProcessEnv, folder: string): void {
	runN8n(n8nBin, ['import:workflow', '--separate', `--input=${folder}`], { env });
}

/** Publishes a workflow, so its production webhooks are registered when n8n starts. */
export function publishWorkflow(n8nBin: string, env: NodeJS.ProcessEnv, id: string): void {
	runN8n(n8nBin, ['publish:workflow', `--id=${id}`], { env });
}

/**
 * Imports `credentials` and `workflows` with n8n's CLI (through files in a new temporary folder
 * named from `prefix`) and publishes every workflow.
 */
export function importAndPublish(
	n8nBin: string,
	env: NodeJS.ProcessEnv,
	credentials: CredentialFixture[],
	workflows: { id?: string }[],
	prefix: string,
): void {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
	importCredentials(n8nBin, env, credentials, dir);
	const folder = path.join(dir, 'workflows');
	fs.mkdirSync(folder);
	for (const workflow of workflows)
		fs.writeFileSync(path.join(folder, `${workflow.id}.json`), JSON.stringify(workflow));
	importWorkflowFolder(n8nBin, env, folder);
	for (const workflow of workflows) publishWorkflow(n8nBin, env, String(workflow.id));
}
