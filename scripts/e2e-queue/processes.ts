/**
 * Child processes of the end-to-end run: each in its own process group with its output in a log
 * file, all stopped on the way out, whether the run passed, failed or was interrupted.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess, SpawnOptions } from 'node:child_process';
import { openSync, readFileSync, writeFileSync } from 'node:fs';
import { getPriority } from 'node:os';

export interface Started {
	name: string;
	child: ChildProcess;
	logFile: string;
}

const running: Started[] = [];
const cleanups: (() => void)[] = [];

/** Starts `command` in its own process group (so its own children stop with it), logging to `logFile`. */
export function startProcess(
	name: string,
	command: string,
	args: string[],
	logFile: string,
	options: SpawnOptions = {},
): Started {
	const log = openSync(logFile, 'a');
	const child = spawn(command, args, { ...options, stdio: ['ignore', log, log], detached: true });
	const started = { name, child, logFile };
	running.push(started);
	child.once('exit', () => running.splice(running.indexOf(started), 1));
	return started;
}

/** Runs `work` when the run ends (last registered runs first), e.g. stopping a database. */
export function onCleanup(work: () => void): void {
	cleanups.unshift(work);
}

/** SIGTERM to the group, SIGKILL after `graceMs` if it is still there. */
export async function stopProcess({ child }: Started, graceMs = 10_000): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	signalGroup(child.pid, 'SIGTERM');
	const timer = setTimeout(() => signalGroup(child.pid!, 'SIGKILL'), graceMs);
	await exited;
	clearTimeout(timer);
}

export async function stopAll(): Promise<void> {
	await Promise.all([...running].reverse().map((started) => stopProcess(started)));
	for (const work of cleanups.splice(0)) {
		try {
			work();
		} catch (error) {
			console.error(`cleanup: ${(error as Error).message}`);
		}
	}
}

/** Last resort when the process exits without stopAll (e.g. an uncaught error): kill what is left. */
process.on('exit', () => {
	for (const { child } of running) if (child.pid) signalGroup(child.pid, 'SIGKILL');
	for (const work of cleanups.splice(0)) {
		try {
			work();
		} catch {
			// exiting anyway
		}
	}
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.once(signal, () => void stopAll().finally(() => process.exit(130)));
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
	try {
		process.kill(-pid, signal);
	} catch {
		// already gone
	}
}

/** Runs a command to completion; throws with its output when it fails. */
export function runOrThrow(command: string, args: string[], options: SpawnOptions = {}): string {
	const result = spawnSync(command, args, {
		encoding: 'utf8',
		maxBuffer: 512 * 2 ** 20,
		...options,
	});
	if (result.status !== 0) {
		throw new Error(
			`${command} ${args.join(' ')} failed (exit ${result.status}): ${String(result.stderr || result.stdout).slice(-2000)}`,
		);
	}
	return String(result.stdout);
}

/**
 * Lowers the CPU priority of a started process and its own children (its group) by `by` nice
 * steps; returns what puts it back (raising it needs root: as another user it stays lowered).
 * Each process is started in a session of its own (detached), and with the kernel's autogroup
 * scheduling (Debian's default) nice ranks threads only within their session: sessions share the
 * CPU evenly whatever their nice. So the session's autogroup is lowered as well.
 */
export function lowerPriority({ child }: Started, by: number): () => void {
	if (child.pid === undefined || by === 0) return () => {};
	const pgid = String(child.pid);
	const before = getPriority(child.pid);
	const renice = (nice: number) =>
		spawnSync('renice', ['-n', String(nice), '-g', pgid], { stdio: 'ignore' });
	renice(before + by);
	const restoreAutogroup = lowerAutogroup(child.pid, by);
	return () => {
		renice(before);
		restoreAutogroup();
	};
}

/** /proc/<pid>/autogroup reads "/autogroup-<id> nice <n>" and takes a new nice. */
function lowerAutogroup(pid: number, by: number): () => void {
	const file = `/proc/${pid}/autogroup`;
	const before = /nice (-?\d+)/.exec(readIfPresent(file) ?? '')?.[1];
	if (before === undefined) return () => {};
	const set = (nice: number) => {
		try {
			writeFileSync(file, String(nice));
		} catch {
			// raising it back needs root: as another user the session stays lowered
		}
	};
	set(Math.min(19, Number(before) + by));
	return () => set(Number(before));
}

function readIfPresent(file: string): string | undefined {
	try {
		return readFileSync(file, 'utf8');
	} catch {
		return undefined;
	}
}
