/**
 * Installs one n8n version once per machine, in a cache folder outside the repository keyed by
 * the version, so the demo, the end-to-end runs and CI (a fresh clone each time) share it.
 *
 *   N8N_INSTALL_CACHE   the cache folder (default ~/.cache/n8n-nodes-wechat-miniprogram)
 *   DEMO_N8N_VERSION    another n8n version (default N8N_VERSION below)
 *
 * The install goes to a temporary folder that is renamed into place only when complete, so an
 * interrupted install is never mistaken for a finished one; a failed install is retried once.
 * A lock folder keeps two processes on one machine from installing the same version at once.
 * Run on its own (`node .tools-build/scripts/lib/n8nInstall.js`) it installs and prints n8n's bin.
 */
import { spawnSync } from 'node:child_process';
import type { SpawnSyncOptions } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// 2.41.3 cannot be installed from the registry we reach (@n8n/agents@0.26.2 is missing there).
export const N8N_VERSION = process.env.DEMO_N8N_VERSION || '2.41.1';

export interface InstalledN8n {
	version: string;
	/** The install folder (its node_modules holds n8n and its dependencies). */
	dir: string;
	/** n8n's CLI script, to run with this Node.js. */
	bin: string;
}

function cacheRoot(): string {
	return (
		process.env.N8N_INSTALL_CACHE ||
		path.join(os.homedir(), '.cache', 'n8n-nodes-wechat-miniprogram')
	);
}

function run(command: string, args: string[], options: SpawnSyncOptions = {}): void {
	console.log(`$ ${command} ${args.join(' ')}`);
	const result = spawnSync(command, args, { stdio: 'inherit', ...options });
	if (result.status !== 0)
		throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
}

/** n8n's native modules: only sqlite3 is needed; it is built against this Node's own headers. */
function installInto(folder: string): void {
	fs.rmSync(folder, { recursive: true, force: true });
	fs.mkdirSync(folder, { recursive: true });
	fs.writeFileSync(
		path.join(folder, 'package.json'),
		JSON.stringify({ name: 'n8n-install', private: true }),
	);
	run('npm', ['install', `n8n@${N8N_VERSION}`, '--ignore-scripts', '--no-audit', '--no-fund'], {
		cwd: folder,
	});
	const headersDir = path.join(folder, 'node-headers');
	fs.mkdirSync(headersDir, { recursive: true });
	run(
		'npm',
		['pack', `node-${process.platform}-${process.arch}@${process.versions.node}`, '--silent'],
		{ cwd: headersDir },
	);
	const tarball = fs.readdirSync(headersDir).find((name) => name.endsWith('.tgz'));
	if (!tarball) throw new Error(`npm pack left no Node.js headers tarball in ${headersDir}`);
	run('tar', ['xzf', tarball, 'package/include'], { cwd: headersDir });
	run('npm', ['rebuild', 'sqlite3'], {
		cwd: folder,
		env: { ...process.env, npm_config_nodedir: path.join(headersDir, 'package') },
	});
}

function sleepMs(ms: number): void {
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Holds a lock folder while `work` runs; a lock older than 30 minutes is a crashed install. */
function withLock(lockDir: string, work: () => void): void {
	for (;;) {
		try {
			fs.mkdirSync(lockDir);
			break;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			const lockedAt = fs.statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
			if (Date.now() - lockedAt > 30 * 60_000) fs.rmSync(lockDir, { recursive: true, force: true });
			else sleepMs(2000);
		}
	}
	try {
		work();
	} finally {
		fs.rmSync(lockDir, { recursive: true, force: true });
	}
}

/**
 * Returns the installed n8n of N8N_VERSION for this Node.js, installing it first when the cache
 * lacks it. The key includes Node's major version: sqlite3 is built for it.
 */
export function installN8n(): InstalledN8n {
	const root = cacheRoot();
	const key = `n8n-${N8N_VERSION}-node${process.versions.node.split('.')[0]}`;
	const dir = path.join(root, key);
	const installed: InstalledN8n = {
		version: N8N_VERSION,
		dir,
		bin: path.join(dir, 'node_modules', '.bin', 'n8n'),
	};
	const complete = () => fs.existsSync(path.join(dir, '.complete'));
	if (complete()) return installed;
	fs.mkdirSync(root, { recursive: true });
	withLock(path.join(root, `${key}.lock`), () => {
		if (complete()) return;
		const staging = path.join(root, `${key}.staging`);
		try {
			installInto(staging);
		} catch (error) {
			console.log(`n8n install failed (${(error as Error).message}); trying once more`);
			installInto(staging);
		}
		fs.writeFileSync(path.join(staging, '.complete'), new Date().toISOString());
		fs.rmSync(dir, { recursive: true, force: true });
		fs.renameSync(staging, dir);
	});
	return installed;
}

if (require.main === module) console.log(installN8n().bin);
