#!/usr/bin/env node
/**
 * Runs this package in a real n8n: installs n8n (once per machine, see n8n/install.js), starts the local
 * WeChat / Tencent Cloud Chat stand-ins, installs the built package the way n8n loads community
 * packages (~/.n8n/nodes/node_modules), imports demo credentials and the example workflows, then
 * starts n8n on http://127.0.0.1:5678 and sets up its owner (the login is printed). With --smoke it
 * executes the smoke workflows with `n8n execute` instead and checks their results, then starts n8n
 * briefly to check through its REST API that the nodes, their icons and both credential Test
 * buttons work, and exits (non-zero on failure).
 *
 * Expects `npm run build` and `tsc -p tsconfig.tools.json` to have run (the npm scripts do both).
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const { installN8n, N8N_VERSION } = require('./n8n/install');
const {
	importDemoCredentials,
	importDemoWorkflows,
	installPackage,
	n8nEnvironment,
	startN8n,
	startServers,
} = require('./demo/n8nInstance');
const { OWNER, signInOwner } = require('./demo/owner');
const { givePlatformCredentialAnApiKey } = require('./demo/platformApiKey');

const root = path.resolve(__dirname, '..');
const demoDir = path.join(root, '.n8n-demo');
const userFolder = path.join(demoDir, 'home');
const smoke = process.argv.includes('--smoke');

function checkSmokeResult(name, run, expectations) {
	const runData = run.data.resultData.runData;
	if (run.data.resultData.error) throw new Error(`${name}: ${run.data.resultData.error.message}`);
	for (const [nodeName, check] of Object.entries(expectations)) {
		const items = (runData[nodeName]?.[0]?.data?.main?.[0] ?? []).map((item) => item.json);
		const problem = check(items);
		if (problem) throw new Error(`${name} / ${nodeName}: ${problem}`);
		console.log(`  ok  ${name} / ${nodeName}: ${items.length} items`);
	}
}

/** Runs n8n in the foreground until it exits (Ctrl+C), after setting up its owner. */
async function startForPeople(n8nBin, env, endpoints, credentials, webhookUrl) {
	const baseUrl = `http://127.0.0.1:${env.N8N_PORT}`;
	const n8n = startN8n(n8nBin, env, 'inherit');
	const exited = new Promise((resolve) => n8n.once('exit', (code) => resolve(code ?? 0)));
	await givePlatformCredentialAnApiKey(baseUrl, await signInOwner(baseUrl), credentials);
	console.log(`\nn8n with n8n-nodes-wechat-miniprogram: ${baseUrl}  (Ctrl+C stops everything)`);
	console.log(`Sign in as ${OWNER.email} with the password ${OWNER.password}`);
	console.log(
		`Local WeChat: ${endpoints.weChat.url}   Local Tencent Cloud Chat: ${endpoints.tencent.url}`,
	);
	console.log(`WeChat push URL of the demo trigger (safe mode): ${webhookUrl}\n`);
	return await exited;
}

async function smokeTest(n8nBin, env, credentials, webhookUrl) {
	const smokeTests = require(path.join(__dirname, 'demo', 'smokeChecks.js'));
	for (const { workflowId, name, expectations } of smokeTests) {
		const result = spawnSync(
			process.execPath,
			[n8nBin, 'execute', `--id=${workflowId}`, '--rawOutput'],
			{
				env,
				encoding: 'utf8',
				maxBuffer: 256 * 2 ** 20,
			},
		);
		const output = result.stdout ?? '';
		const start = output.indexOf('{');
		if (result.status !== 0 || start === -1)
			throw new Error(
				`${name}: n8n execute failed (exit ${result.status})\n${output.slice(-2000)}\n${result.stderr}`,
			);
		checkSmokeResult(name, JSON.parse(output.slice(start)), expectations);
	}
	const editor = startN8n(n8nBin, env, 'ignore');
	try {
		const baseUrl = `http://127.0.0.1:${env.N8N_PORT}`;
		const cookie = await require(path.join(__dirname, 'demo', 'editorChecks.js'))(
			baseUrl,
			credentials,
		);
		await givePlatformCredentialAnApiKey(baseUrl, cookie, credentials);
		console.log('  ok  the platform credential holds an n8n API key (Data Table scopes)');
		await require(path.join(__dirname, 'demo', 'callbackChecks.js'))(
			baseUrl,
			cookie,
			webhookUrl,
			credentials[0].data,
		);
	} finally {
		editor.kill('SIGTERM');
	}
	console.log(
		`\nsmoke: every workflow ran, the editor served nodes, icons and credential tests, and the trigger took WeChat callbacks, in a real n8n ${N8N_VERSION}`,
	);
}

async function main() {
	const n8nBin = installN8n().bin;
	// The smoke run starts from nothing; the demo keeps what people built in it between starts.
	if (smoke) fs.rmSync(userFolder, { recursive: true, force: true });
	const firstStart = !fs.existsSync(path.join(userFolder, '.n8n', 'database.sqlite'));
	installPackage(userFolder);
	const servers = await startServers();
	process.on('exit', servers.stop);
	const env = n8nEnvironment({ userFolder, port: process.env.N8N_PORT || '5678' });
	try {
		const credentials = importDemoCredentials(n8nBin, env, servers.endpoints, demoDir);
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
				servers.endpoints,
				credentials,
				webhookUrl,
			);
	} finally {
		servers.stop();
	}
}

main().catch((error) => {
	console.error(error.message);
	process.exit(1);
});
