/**
 * The n8n the editor check drives: its own user folder under the system temp folder, n8n on port
 * 5750 and the demo stand-ins on 5751 / 5752 (5750-5799 is this check's range; the demo keeps
 * 5678), the demo's credentials imported, and the owner signed in.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { givePlatformCredentialAnApiKey } from '../lib/apiKeys';
import { credentialOfType, demoCredentials } from '../lib/credentials';
import type { DemoCredential } from '../lib/credentials';
import { startDemoStandIns } from '../lib/demoStandIns';
import { installN8n } from '../lib/n8nInstall';
import { importCredentials, installPackage, n8nEnvironment, startN8n } from '../lib/n8nInstance';
import type { N8nSession } from '../lib/n8nRest';
import { DEMO_OWNER, signInOwner } from '../lib/owner';

const PORTS = { n8n: 5750, weChat: 5751, tencent: 5752, broker: 5753 };

export interface EditorInstance {
	baseUrl: string;
	session: N8nSession;
	credentials: DemoCredential[];
	userFolder: string;
	n8nLog: string;
	stop(): void;
}

export async function startEditorInstance(): Promise<EditorInstance> {
	const n8nBin = installN8n().bin;
	const userFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-editor-e2e-'));
	installPackage(userFolder);
	const standIns = await startDemoStandIns({ weChat: PORTS.weChat, tencent: PORTS.tencent });
	const env = n8nEnvironment({ userFolder, port: PORTS.n8n, brokerPort: PORTS.broker });
	const n8nLog = path.join(userFolder, 'n8n.log');
	let n8n: ChildProcess | undefined;
	const stop = () => {
		n8n?.kill('SIGTERM');
		standIns.stop();
	};
	try {
		const credentials = demoCredentials(standIns.endpoints);
		importCredentials(n8nBin, env, credentials, userFolder);
		const log = fs.openSync(n8nLog, 'w');
		n8n = startN8n(n8nBin, env, ['ignore', log, log]);
		const baseUrl = `http://127.0.0.1:${PORTS.n8n}`;
		const session = await signInOwner(baseUrl, DEMO_OWNER);
		await givePlatformCredentialAnApiKey(
			session,
			credentialOfType(credentials, 'weChatPlatformApi'),
		);
		return { baseUrl, session, credentials, userFolder, n8nLog, stop };
	} catch (error) {
		stop();
		throw error;
	}
}
