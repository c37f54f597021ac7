/**
 * A real n8n with this package, as the demo and the editor check both run it: the built package
 * installed the way n8n loads community packages (<user folder>/.n8n/nodes/node_modules), the
 * local WeChat / Tencent Cloud Chat stand-ins (servers.ts, compiled into .tools-build), the demo
 * credentials and workflows imported with n8n's CLI, and n8n's environment for one port.
 */
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');
const DEMO_CALLBACKS_WORKFLOW = 'demoCallbacks001';

/** Runs an n8n CLI command on this Node.js (n8n needs Node >= 24, which may not be first in PATH). */
function runN8n(n8nBin, args, options = {}) {
	console.log(`$ n8n ${args.join(' ')}`);
	const result = spawnSync(process.execPath, [n8nBin, ...args], { stdio: 'inherit', ...options });
	if (result.status !== 0) throw new Error(`n8n ${args.join(' ')} failed (exit ${result.status})`);
	return result;
}

/** Starts `n8n start` on this Node.js. */
function startN8n(n8nBin, env, stdio) {
	return spawn(process.execPath, [n8nBin, 'start'], { env, stdio });
}

function installPackage(userFolder) {
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

/** Starts the stand-ins (ports from `ports`, else the demo's 8701 / 8702); resolves to their endpoints. */
async function startServers(ports = {}) {
	const env = { ...process.env };
	if (ports.weChat) env.DEMO_WECHAT_PORT = String(ports.weChat);
	if (ports.tencent) env.DEMO_TENCENT_PORT = String(ports.tencent);
	const child = spawn(
		process.execPath,
		[path.join(root, '.tools-build', 'scripts', 'demo', 'servers.js')],
		{ stdio: ['ignore', 'pipe', 'inherit'], env },
	);
	const line = await new Promise((resolve, reject) => {
		child.stdout.once('data', (chunk) => resolve(String(chunk).split('\n')[0]));
		child.once('exit', (code) => reject(new Error(`demo servers exited (${code})`)));
	});
	return { endpoints: JSON.parse(line), stop: () => child.kill('SIGTERM') };
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

/** n8n's environment: its own user folder and port, quiet, reachable on 127.0.0.1 only. */
function n8nEnvironment({ userFolder, port, brokerPort }) {
	const env = {
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
	};
	// The task runner broker listens on its own port (5679 by default).
	if (brokerPort) env.N8N_RUNNERS_BROKER_PORT = String(brokerPort);
	return env;
}

/** Imports the demo credentials (pointing at the stand-ins' endpoints) and returns them. */
function importDemoCredentials(n8nBin, env, endpoints, workDir) {
	const credentials = demoCredentials(endpoints);
	const credentialsFile = path.join(workDir, 'credentials.json');
	fs.mkdirSync(workDir, { recursive: true });
	fs.writeFileSync(credentialsFile, JSON.stringify(credentials, null, 2));
	runN8n(n8nBin, ['import:credentials', `--input=${credentialsFile}`], { env });
	return credentials;
}

/**
 * Imports the example and demo workflows, and publishes the demo trigger's workflow so its
 * production webhook is registered when n8n starts.
 */
function importDemoWorkflows(n8nBin, env) {
	for (const folder of [path.join(root, 'examples'), path.join(__dirname, 'workflows')]) {
		runN8n(n8nBin, ['import:workflow', '--separate', `--input=${folder}`], { env });
	}
	runN8n(n8nBin, ['publish:workflow', `--id=${DEMO_CALLBACKS_WORKFLOW}`], { env });
}

module.exports = {
	DEMO_CALLBACKS_WORKFLOW,
	installPackage,
	importDemoCredentials,
	importDemoWorkflows,
	n8nEnvironment,
	runN8n,
	startN8n,
	startServers,
};
