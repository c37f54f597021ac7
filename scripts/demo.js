#!/usr/bin/env node
/**
 * Runs this package in a real n8n: installs n8n (once per machine, see n8n/install.js), starts the local
 * WeChat / Tencent Cloud Chat stand-ins, installs the built package the way n8n loads community
 * packages (~/.n8n/nodes/node_modules), imports demo credentials and the example workflows, then
 * starts n8n on http://127.0.0.1:5678. With --smoke it executes the smoke workflows with
 * `n8n execute` instead and checks their results, then starts n8n briefly to check through its REST
 * API that the nodes, their icons and every credential's Test button work, and exits (non-zero on failure).
 *
 * Expects `npm run build` and `tsc -p tsconfig.tools.json` to have run (the npm scripts do both).
 */
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const { installN8n, N8N_VERSION } = require('./n8n/install');

const root = path.resolve(__dirname, '..');
const demoDir = path.join(root, '.n8n-demo');
const userFolder = path.join(demoDir, 'home');
const smoke = process.argv.includes('--smoke');

function run(command, args, options = {}) {
	console.log(`$ ${command} ${args.join(' ')}`);
	const result = spawnSync(command, args, { stdio: 'inherit', ...options });
	if (result.status !== 0)
		throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
	return result;
}

function installPackage() {
	const target = path.join(
		userFolder,
		'.n8n',
		'nodes',
		'node_modules',
		'n8n-nodes-wechat-miniprogram',
	);
	fs.rmSync(target, { recursive: true, force: true });
	fs.mkdirSync(target, { recursive: true });
	fs.copyFileSync(path.join(root, 'package.json'), path.join(target, 'package.json'));
	fs.cpSync(path.join(root, 'dist'), path.join(target, 'dist'), { recursive: true });
}

async function startServers() {
	const child = spawn(
		process.execPath,
		[path.join(root, '.tools-build', 'scripts', 'demo', 'servers.js')],
		{
			stdio: ['ignore', 'pipe', 'inherit'],
		},
	);
	const line = await new Promise((resolve, reject) => {
		child.stdout.once('data', (chunk) => resolve(String(chunk).split('\n')[0]));
		child.once('exit', (code) => reject(new Error(`demo servers exited (${code})`)));
	});
	return { child, endpoints: JSON.parse(line) };
}

function demoCredentials({ weChat, tencent, platform }) {
	return [
		{
			id: 'demoWeChatCred01',
			name: 'WeChat Mini Program (local demo)',
			type: 'weChatMiniProgramApi',
			data: {
				authMode: 'appSecret',
				appId: weChat.appId,
				appSecret: weChat.appSecret,
				apiDomain: 'custom',
				customBaseUrl: weChat.url,
				token: 'demo-push-token',
				encodingAESKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
			},
		},
		{
			id: 'demoPlatformCred',
			name: 'WeChat Third-Party Platform (local demo)',
			type: 'weChatPlatformApi',
			data: { ...platform, apiDomain: 'custom', customBaseUrl: weChat.url },
		},
		{
			id: 'demoTencentCred1',
			name: 'Tencent Cloud Chat (local demo)',
			type: 'tencentChatApi',
			data: {
				sdkAppId: tencent.sdkAppId,
				secretKey: tencent.secretKey,
				adminIdentifier: 'administrator',
				region: 'custom',
				customBaseUrl: tencent.url,
			},
		},
	];
}

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

async function main() {
	const n8nBin = installN8n().bin;
	installPackage();
	const { child, endpoints } = await startServers();
	const env = {
		...process.env,
		N8N_USER_FOLDER: userFolder,
		N8N_ENCRYPTION_KEY: process.env.N8N_ENCRYPTION_KEY || 'local-demo-encryption-key',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_HOST: '127.0.0.1',
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_PORT: process.env.N8N_PORT || '5678',
		N8N_SECURE_COOKIE: 'false',
	};
	const stopServers = () => child.kill('SIGTERM');
	process.on('exit', stopServers);
	try {
		const credentialsFile = path.join(demoDir, 'credentials.json');
		fs.writeFileSync(credentialsFile, JSON.stringify(demoCredentials(endpoints), null, 2));
		run(n8nBin, ['import:credentials', `--input=${credentialsFile}`], { env });
		for (const folder of [path.join(root, 'examples'), path.join(__dirname, 'demo', 'workflows')]) {
			run(n8nBin, ['import:workflow', '--separate', `--input=${folder}`], { env });
		}
		// Activates the demo trigger's production webhook when n8n starts.
		run(n8nBin, ['publish:workflow', '--id=demoCallbacks001'], { env });
		const webhookUrl = `http://127.0.0.1:${env.N8N_PORT}/webhook/wechat-demo-callbacks/webhook`;
		if (!smoke) {
			console.log(
				`\nn8n with n8n-nodes-wechat-miniprogram: http://127.0.0.1:${env.N8N_PORT}  (Ctrl+C stops everything)`,
			);
			console.log(
				`Local WeChat: ${endpoints.weChat.url}   Local Tencent Cloud Chat: ${endpoints.tencent.url}`,
			);
			console.log(`WeChat push URL of the demo trigger (safe mode): ${webhookUrl}\n`);
			run(n8nBin, ['start'], { env });
			return;
		}
		const smokeTests = require(path.join(root, 'scripts', 'demo', 'smokeChecks.js'));
		for (const { workflowId, name, expectations } of smokeTests) {
			const result = spawnSync(n8nBin, ['execute', `--id=${workflowId}`, '--rawOutput'], {
				env,
				encoding: 'utf8',
				maxBuffer: 256 * 2 ** 20,
			});
			const output = result.stdout ?? '';
			const start = output.indexOf('{');
			if (result.status !== 0 || start === -1)
				throw new Error(`${name}: n8n execute failed\n${result.stderr}`);
			checkSmokeResult(name, JSON.parse(output.slice(start)), expectations);
		}
		const editor = spawn(n8nBin, ['start'], { env, stdio: 'ignore' });
		try {
			const credentials = demoCredentials(endpoints);
			const baseUrl = `http://127.0.0.1:${env.N8N_PORT}`;
			const cookie = await require(path.join(__dirname, 'demo', 'editorChecks.js'))(
				baseUrl,
				credentials,
			);
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
	} finally {
		stopServers();
	}
}

main().catch((error) => {
	console.error(error.message);
	process.exit(1);
});
