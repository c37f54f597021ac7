/**
 * The n8n the editor check drives: its own user folder under the system temp folder, n8n on port
 * 5750 and the local stand-ins on 5751 / 5752 (5750-5799 is this check's range; the demo keeps
 * 5678), the demo's credentials imported, and the owner signed in.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { installN8n } = require('../n8n/install');
const {
	importDemoCredentials,
	installPackage,
	n8nEnvironment,
	startN8n,
	startServers,
} = require('../demo/n8nInstance');
const { signInOwner } = require('../demo/owner');
const { givePlatformCredentialAnApiKey } = require('../demo/platformApiKey');

const PORTS = { n8n: 5750, weChat: 5751, tencent: 5752, broker: 5753 };

async function startEditorInstance() {
	const n8nBin = installN8n().bin;
	const userFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-editor-e2e-'));
	installPackage(userFolder);
	const servers = await startServers({ weChat: PORTS.weChat, tencent: PORTS.tencent });
	const env = n8nEnvironment({ userFolder, port: PORTS.n8n, brokerPort: PORTS.broker });
	const n8nLog = path.join(userFolder, 'n8n.log');
	let n8n;
	const stop = () => {
		n8n?.kill('SIGTERM');
		servers.stop();
	};
	try {
		const credentials = importDemoCredentials(n8nBin, env, servers.endpoints, userFolder);
		const log = fs.openSync(n8nLog, 'w');
		n8n = startN8n(n8nBin, env, ['ignore', log, log]);
		const baseUrl = `http://127.0.0.1:${PORTS.n8n}`;
		const cookie = await signInOwner(baseUrl);
		await givePlatformCredentialAnApiKey(baseUrl, cookie, credentials);
		return { baseUrl, cookie, credentials, endpoints: servers.endpoints, userFolder, n8nLog, stop };
	} catch (error) {
		stop();
		throw error;
	}
}

module.exports = { startEditorInstance, PORTS };
