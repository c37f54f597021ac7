/**
 * `npm run demo`: this package in a real n8n. Installs n8n (once per machine, scripts/lib/n8nInstall.ts),
 * starts the local WeChat / Tencent Cloud Chat stand-ins, installs the built package the way n8n
 * loads community packages (.n8n-demo/home/.n8n/nodes/node_modules), imports the demo credentials
 * and the example workflows, then starts n8n on http://127.0.0.1:5678 and sets up its owner (the
 * login is printed).
 *
 * `npm run demo:smoke` (--smoke) executes the smoke workflows with `n8n execute` instead and checks
 * their results, then starts n8n briefly to check through its REST API that the nodes, their icons
 * and the credential Test buttons work and that the trigger takes WeChat's callbacks, and exits
 * (non-zero on failure).
 *
 * Expects `npm run build` and `tsc -p tsconfig.tools.json` to have run (the npm scripts do both).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { givePlatformCredentialAnApiKey } from '../lib/apiKeys';
import { credentialOfType, demoCredentials, DEMO_PUSH_SECRETS } from '../lib/credentials';
import type { DemoCredential } from '../lib/credentials';
import { startDemoStandIns } from '../lib/demoStandIns';
import type { DemoEndpoints } from '../lib/demoStandIns';
import { installN8n, N8N_VERSION } from '../lib/n8nInstall';
import {
	importCredentials,
	importWorkflowFolder,
	installPackage,
	n8nEnvironment,
	publishWorkflow,
	startN8n,
} from '../lib/n8nInstance';
import { DEMO_OWNER, signInOwner } from '../lib/owner';
import { REPO_ROOT } from '../lib/repoRoot';
import { checkCallbacks, DEMO_CALLBACKS_WORKFLOW } from './callbackChecks';
import { checkEditor } from './editorChecks';
import { SMOKE_WORKFLOWS } from './smokeChecks';
import type { SmokeWorkflow } from './smokeChecks';

const demoDir = path.join(REPO_ROOT, '.n8n-demo');
const userFolder = path.join(demoDir, 'home');
const smoke = process.argv.includes('--smoke');

interface Run {
	data: {
		resultData: {
			error?: { message: string };
			runData: Record<string, { data?: { main?: { json: Record<string, unknown> }[][] } }[]>;
		};
	};
}

function checkSmokeResult({ name, expectations }: SmokeWorkflow, run: Run): void {
	const { runData, error } = run.data.resultData;
	if (error) throw new Error(`${name}: ${error.message}`);
	for (const [nodeName, check] of Object.entries(expectations)) {
		const items = (runData[nodeName]?.[0]?.data?.main?.[0] ?? []).map((item) => item.json);
		const problem = check(items);
		if (problem) throw new Error(`${name} / ${nodeName}: ${problem}`);
		console.log(`  ok  ${name} / ${nodeName}: ${items.length} items`);
	}
}

/** The example workflows and the demo's own; the demo trigger's is published (its webhook live). */
function importDemoWorkflows(n8nBin: string, env: NodeJS.ProcessEnv): void {
	importWorkflowFolder(n8nBin, env, path.join(REPO_ROOT, 'examples'));
	importWorkflowFolder(n8nBin, env, path.join(REPO_ROOT, 'scripts', 'demo', 'workflows'));
	publishWorkflow(n8nBin, env, DEMO_CALLBACKS_WORKFLOW);
}

/** Runs n8n in the foreground until it exits (Ctrl+C), after setting up its owner. */
async function startForPeople(
	n8nBin: string,
	env: NodeJS.ProcessEnv,
	endpoints: DemoEndpoints,
	credentials: DemoCredential[],
	webhookUrl: string,
): Promise<number> {
	const baseUrl = `http://127.0.0.1:${env.N8N_PORT}`;
	const n8n = startN8n(n8nBin, env, 'inherit');
	const exited = new Promise<number>((resolve) => n8n.once('exit', (code) => resolve(code ?? 0)));
	const session = await signInOwner(baseUrl, DEMO_OWNER);
	await givePlatformCredentialAnApiKey(session, credentialOfType(credentials, 'weChatPlatformApi'));
	console.log(`\nn8n with n8n-nodes-wechat-miniprogram: ${baseUrl}  (Ctrl+C stops everything)`);
	console.log(`Sign in as ${DEMO_OWNER.email} with the password ${DEMO_OWNER.password}`);
	console.log(
		`Local WeChat: ${endpoints.weChat.url}   Local Tencent Cloud Chat: ${endpoints.tencent.url}`,
	);
	console.log(`WeChat push URL of the demo trigger (safe mode): ${webhookUrl}\n`);
	return await exited;
}

/** Runs a workflow with `n8n execute` and checks what its nodes put out. */
function executeSmokeWorkflow(
	n8nBin: string,
	env: NodeJS.ProcessEnv,
	workflow: SmokeWorkflow,
): void {
	const result = spawnSync(
		process.execPath,
		[n8nBin, 'execute', `--id=${workflow.workflowId}`, '--rawOutput'],
		{ env, encoding: 'utf8', maxBuffer: 256 * 2 ** 20 },
	);
	const output = result.stdout ?? '';
	const start = output.indexOf('{');
	if (result.status !== 0 || start === -1)
		throw new Error(
			`${workflow.name}: n8n execute failed (exit ${result.status})\n${output.slice(-2000)}\n${result.stderr}`,
		);
	checkSmokeResult(workflow, JSON.parse(output.slice(start)) as Run);
}

async function smokeTest(
	n8nBin: string,
	env: NodeJS.ProcessEnv,
	credentials: DemoCredential[],
	webhookUrl: string,
): Promise<void> {
	for (const workflow of SMOKE_WORKFLOWS) executeSmokeWorkflow(n8nBin, env, workflow);
	const editor = startN8n(n8nBin, env, 'ignore');
	try {
		const session = await signInOwner(`http://127.0.0.1:${env.N8N_PORT}`, DEMO_OWNER);
		await checkEditor(session, credentials);
		await givePlatformCredentialAnApiKey(
			session,
			credentialOfType(credentials, 'weChatPlatformApi'),
		);
		console.log('  ok  the platform credential holds an n8n API key (Data Table scopes)');
		const weChat = credentialOfType(credentials, 'weChatMiniProgramApi');
		await checkCallbacks(session, webhookUrl, {
			...DEMO_PUSH_SECRETS,
			appId: String(weChat.data.appId),
		});
	} finally {
		editor.kill('SIGTERM');
	}
	console.log(
		`\nsmoke: every workflow ran, the editor served nodes, icons and credential tests, and the trigger took WeChat callbacks, in a real n8n ${N8N_VERSION}`,
	);
}

async function main(): Promise<void> {
	const n8nBin = installN8n().bin;
	// The smoke run starts from nothing; the demo keeps what people built in it between starts.
	if (smoke) fs.rmSync(userFolder, { recursive: true, force: true });
	const firstStart = !fs.existsSync(path.join(userFolder, '.n8n', 'database.sqlite'));
	installPackage(userFolder);
	const standIns = await startDemoStandIns();
	process.on('exit', standIns.stop);
	const env = n8nEnvironment({ userFolder, port: process.env.N8N_PORT || '5678' });
	try {
		const credentials = demoCredentials(standIns.endpoints);
		importCredentials(n8nBin, env, credentials, demoDir);
		// Re-importing would deactivate the published demo trigger, which n8n refuses once it is live.
		if (firstStart) importDemoWorkflows(n8nBin, env);
		else
			console.log('Keeping the workflows of the previous demo (delete .n8n-demo/ to start over)');
		const webhookUrl = `http://127.0.0.1:${env.N8N_PORT}/webhook/wechat-demo-callbacks/webhook`;
		if (smoke) await smokeTest(n8nBin, env, credentials, webhookUrl);
		else
			process.exitCode = await startForPeople(
				n8nBin,
				env,
				standIns.endpoints,
				credentials,
				webhookUrl,
			);
	} finally {
		standIns.stop();
	}
}

main().catch((error: Error) => {
	console.error(error.message);
	process.exit(1);
});
