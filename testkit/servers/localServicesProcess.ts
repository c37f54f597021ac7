/**
 * Starts the local WeChat and Tencent Cloud Chat in a child process (localServices.ts) and talks
 * to its control port. The child stops with stop(), with this process's exit, and on its own when
 * this process dies without either (its stdin closes), so no run leaves it behind.
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';

import type { LocalServicesConfig, LocalServicesEndpoints } from './localServices';
import type { ServerStats } from './localServicesStats';

export interface LocalServicesProcess {
	endpoints: LocalServicesEndpoints;
	stats(): Promise<ServerStats>;
	/** Forgets every call, push and message so far (accounts, subscribers, rooms, users stay). */
	reset(): Promise<void>;
	stop(): Promise<void>;
}

const START_TIMEOUT_MS = 30_000;
const STOP_GRACE_MS = 5_000;

/** Starts the child (compiled localServices.js beside this file); its output goes to `logFile` or this process's. */
export async function startLocalServicesProcess(
	config: LocalServicesConfig,
	options: { logFile?: string } = {},
): Promise<LocalServicesProcess> {
	const log = options.logFile ? createWriteStream(options.logFile, { flags: 'a' }) : undefined;
	const child = spawn(
		process.execPath,
		[path.join(__dirname, 'localServices.js'), JSON.stringify(config)],
		{ stdio: ['pipe', 'pipe', 'pipe'] },
	);
	child.stderr.pipe(log ?? process.stderr);
	const killOnExit = () => child.kill('SIGKILL');
	process.on('exit', killOnExit);
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

	// The first line is the endpoints; every later one is the child's log.
	let onFirstLine: (line: string) => void = () => {};
	const first = new Promise<string>((resolve) => (onFirstLine = resolve));
	let seenFirst = false;
	createInterface({ input: child.stdout }).on('line', (line) => {
		if (seenFirst) return void (log ?? process.stdout).write(`${line}\n`);
		seenFirst = true;
		onFirstLine(line);
	});
	const firstLine = await Promise.race([
		first,
		exited.then(() => undefined),
		new Promise<undefined>((resolve) =>
			setTimeout(() => resolve(undefined), START_TIMEOUT_MS).unref(),
		),
	]);
	if (!firstLine?.startsWith('{')) {
		child.kill('SIGKILL');
		throw new Error(
			`the local servers did not start${options.logFile ? ` (see ${options.logFile})` : ''}: ${firstLine ?? 'no output'}`,
		);
	}
	const endpoints = JSON.parse(firstLine) as LocalServicesEndpoints;
	return {
		endpoints,
		stats: async () => (await (await fetch(`${endpoints.controlUrl}/stats`)).json()) as ServerStats,
		reset: async () => void (await fetch(`${endpoints.controlUrl}/reset`, { method: 'POST' })),
		stop: async () => {
			if (child.exitCode === null && child.signalCode === null) {
				child.kill('SIGTERM');
				const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
				await exited;
				clearTimeout(timer);
			}
			process.off('exit', killOnExit);
			log?.end();
		},
	};
}
