/**
 * Runs npm scripts side by side, as many at once as the machine has cores (npm test: the
 * typecheck, the lint and the package gate are single-threaded, so two cores run them in about
 * half the time). Each script's output is printed in one piece when it ends; the exit code is 1
 * when any failed. Runs as TypeScript that Node strips (see clean.mts): imports no repository code.
 *
 * Usage: node scripts/together.mts typecheck lint lint:package
 */
import { spawn } from 'node:child_process';
import os from 'node:os';

const scripts = process.argv.slice(2);
const slots = Math.max(1, Math.min(os.availableParallelism(), scripts.length));
const failed: string[] = [];

function run(script: string): Promise<void> {
	const started = Date.now();
	const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
	const output: Buffer[] = [];
	child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
	child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
	return new Promise((resolve) => {
		child.on('close', (code) => {
			const seconds = ((Date.now() - started) / 1000).toFixed(1);
			const text = Buffer.concat(output).toString('utf8').trimEnd();
			console.log(`> npm run ${script}: ${code === 0 ? 'passed' : 'FAILED'} in ${seconds} s`);
			if (text) console.log(text);
			if (code !== 0) failed.push(script);
			resolve();
		});
	});
}

/** Takes the scripts in the order given (put the longest first), each slot the next one free. */
async function runAll(): Promise<void> {
	const queue = [...scripts];
	await Promise.all(
		Array.from({ length: slots }, async () => {
			for (let script = queue.shift(); script !== undefined; script = queue.shift())
				await run(script);
		}),
	);
	if (failed.length > 0) {
		console.error(`failed: ${failed.join(', ')}`);
		process.exit(1);
	}
}

void runAll();
